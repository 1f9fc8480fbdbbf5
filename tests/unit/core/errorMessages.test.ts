/**
 * Every refusal can be worded in both languages: the dictionary is walked
 * code by code (with each code's situations), and every PlanError in the
 * source names a code the dictionary has, with parameters, not a sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dispatch, type ApiHandlers } from '../../../core/api/dispatch';
import { ERROR_WORDS, isErrorCode, wordError, type ErrorParamValues } from '../../../core/errorMessages';
import { PlanError } from '../../../core/errors';
import { LANGUAGES } from '../../../core/language';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Parameters that reach every branch of a wording: each `reason` the source uses, plus sample values. */
const SAMPLE: ErrorParamValues = { file: 'ke-hoach.tiendo', path: '/tmp/ke-hoach.tiendo', method: 'getPlan', text: 'boom', version: 9, user: 'An', computer: 'PC-1', since: '01/06/2026 08:00', code: 'EACCES', page: 2, rows: 6000, max: 5000, maxMb: 20, extension: 'ods', count: 2, list: 'STT 1 — Tên', loop: '1. A → 2. B → 1. A', name: 'Phòng A', from: '2026-01-01', to: '2026-12-31', date: '2026-09-02', why: 'integrity', objects: 'x', detail: 'UNIQUE', intro: 'Dữ liệu sai:', notice: '', value: '31/02', field: 'duration', min: 0, line: 3, type: 'Type 7', task: 'Khảo sát', seconds: 5, attempts: 4, target: '/mnt/x.tiendo', format: 'png', lock: 'ke-hoach.tiendo.lock', size: '2 GB', limit: '1 GB', where: 'Thời lượng — ', issue: 'phải là số', at: '0.duration', found: '<script>', stt: 11, which: 'start', statusDate: '2026-12-03' };

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}
const SOURCES = ['core', 'db', 'electron', 'renderer', 'cli'].flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

/** Each code's situations as the source raises them (`'code', { reason: '…'`), so every one is worded below. */
const REASONS = new Map<string, Set<string>>();
for (const { text } of SOURCES) {
  for (const m of text.matchAll(/'([a-z-]+)',\s*\{[^}]*?\breason: '([a-z-]+)'/g)) {
    REASONS.set(m[1]!, (REASONS.get(m[1]!) ?? new Set()).add(m[2]!));
  }
}

describe('error wording', () => {
  it('finds the situations the source raises', () => {
    expect([...(REASONS.get('read-only') ?? [])]).toEqual(expect.arrayContaining(['edit', 'append', 'merge', 'save', 'save-original', 'newer']));
    expect([...(REASONS.get('invalid-edit') ?? [])]).toEqual(expect.arrayContaining(['not-a-date', 'too-long', 'self-link', 'no-working-day']));
  });

  it('words every code and every situation in Vietnamese and English, differently', () => {
    for (const code of Object.keys(ERROR_WORDS)) {
      // A code whose situations the source does not raise with parameters (yet) is checked through the ones it does.
      const reasons = REASONS.get(code);
      if (!reasons && typeof wordError(code, SAMPLE, 'vi') !== 'string') continue;
      for (const reason of reasons ? [...reasons] : [undefined]) {
        const texts = LANGUAGES.map((language) => wordError(code, { ...SAMPLE, reason }, language));
        for (const text of texts) {
          expect(typeof text, `${code} ${reason}`).toBe('string');
          expect(text!.length, `${code} ${reason}`).toBeGreaterThan(5);
          expect(text, `${code} ${reason}`).not.toMatch(/undefined|\[object/);
        }
      }
      const first = reasons ? [...reasons][0] : undefined;
      const [vi, en] = LANGUAGES.map((language) => wordError(code, { ...SAMPLE, reason: first }, language));
      expect(vi, code).not.toBe(en);
      // Vietnamese carries its diacritics; English none of the common Vietnamese words.
      expect(vi, code).toMatch(/[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i);
      expect(en, code).not.toMatch(/\b(không|được|tệp|hãy)\b/i);
    }
  });

  it('every PlanError in the source with a dictionary code sends parameters, not a sentence', () => {
    const sentences = SOURCES.flatMap(({ file, text }) =>
      [...text.matchAll(/new PlanError\(\s*'([a-z-]+)',\s*[`'"]/g)].filter((m) => isErrorCode(m[1])).map((m) => `${file}: ${m[1]}`),
    );
    expect(sentences).toEqual([]);
  });

  it('words a bad argument in English without the Vietnamese issue text', async () => {
    const response = await dispatch({} as ApiHandlers, 'openPlan', [42]);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.message).toMatch(/^Dữ liệu gửi tới lệnh "openPlan" không hợp lệ: .+\.$/);
    expect(wordError(response.error.code, response.error.params, 'en')).toBe('The data sent to the command "openPlan" is invalid (at 0).');
  });

  it('PlanError carries code and parameters, with the Vietnamese wording as its message', () => {
    const error = new PlanError('locked', { user: 'An', computer: 'PC-1', since: '01/06/2026 08:00' });
    expect(error.code).toBe('locked');
    expect(error.params).toEqual({ user: 'An', computer: 'PC-1', since: '01/06/2026 08:00' });
    expect(error.message).toBe('Đang được mở bởi An trên máy PC-1 từ 01/06/2026 08:00.');
    expect(wordError(error.code, error.params, 'en')).toBe('Open by An on the computer PC-1 since 01/06/2026 08:00.');
    expect(error.withPathShownAs('PC-1', 'PC-2').message).toContain('PC-2');
  });

  it('crosses the API boundary as { code, params } with the Vietnamese message for older callers', async () => {
    const handlers = { getPlan: () => { throw new PlanError('read-only', { reason: 'edit' }); } } as unknown as ApiHandlers;
    const response = await dispatch(handlers, 'getPlan', []);
    expect(response).toEqual({ ok: false, error: { code: 'read-only', params: { reason: 'edit' }, message: 'Tệp đang mở chỉ đọc nên không thể chỉnh sửa.' } });
    const unknown = await dispatch(handlers, 'noSuchMethod', []);
    expect(unknown.ok || wordError(unknown.error.code, unknown.error.params, 'en')).toBe('No such command: noSuchMethod');
  });

  it('a code the dictionary does not know is not worded (the caller shows the message)', () => {
    expect(isErrorCode('no-such-code')).toBe(false);
    expect(wordError('no-such-code', {}, 'en')).toBeNull();
  });

  it('a refusal sent as a sentence (not yet converted) keeps its text in every language', async () => {
    const error = new PlanError('cannot-open', 'Không mở được tệp “x”: lý do mới.');
    expect(error.params).toBeUndefined();
    expect(wordError(error.code, error.params, 'en')).toBeNull();
    const handlers = { getPlan: () => { throw error; } } as unknown as ApiHandlers;
    expect(await dispatch(handlers, 'getPlan', [])).toEqual({ ok: false, error: { code: 'cannot-open', message: 'Không mở được tệp “x”: lý do mới.' } });
  });
});
