/**
 * db/handlers/progressReport.ts through the real dispatcher: the Word
 * document written where the user chose, the PDF printed by the host from
 * the report's print route (options carried in the address and validated),
 * nothing written on cancel, refusals worded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/api/dispatch';
import { parseReportPrintHash } from '../../../../core/report/reportPrintRoute';
import { createApiHandlers } from '../../../../db/handlers';
import { createPlanFile } from '../../../../db/planStore';
import { openPlanSession } from '../../../../db/session';
import { createTestHost, type TestHostOptions } from '../../../support/testHost';
import { reportScenario } from './reportPlans';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const OPTIONS = { language: 'vi', groupByUnit: false, today: '2026-12-04' } as const;

function setup(hostOptions: TestHostOptions = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-report-h-'));
  dirs.push(dir);
  const session = openPlanSession(createPlanFile(path.join(dir, 'Ke-hoach-1049.tiendo'), reportScenario()));
  const host = createTestHost(hostOptions);
  const handlers = createApiHandlers(session, host);
  const call = (method: string, ...args: unknown[]) => dispatch(handlers, method, args);
  return { dir, host, call, files: () => fs.readdirSync(dir).sort(), close: () => session.close() };
}

describe('progress report handlers', () => {
  it('writes the Word document to the chosen file, the extension added, named after the plan and status date', async () => {
    const t = setup();
    t.host.saveAnswers.push(path.join(t.dir, 'Giao ban tháng 12'));
    const result = await t.call('exportProgressReport', { format: 'docx', options: OPTIONS });
    const target = path.join(t.dir, 'Giao ban tháng 12.docx');
    expect(result).toEqual({ ok: true, value: { path: target, paths: [target] } });
    expect(t.host.asked).toEqual([{ kind: 'save', title: 'Lưu báo cáo tiến độ (Word)', defaultName: 'Ke-hoach-1049 - Báo cáo tiến độ 03-12-2026.docx' }]);
    expect((await mammoth.extractRawText({ path: target })).value).toContain('trễ hạn 6.');
    t.close();
  });

  it('prints the PDF from the report print route with the chosen options; nothing is written when cancelled', async () => {
    const pdf = Buffer.from('%PDF-1.7\n…');
    const t = setup({ printToPdf: async (request) => (t.host.printed.push(request), pdf) });
    t.host.saveAnswers.push(null);
    const before = t.files();
    const options = { ...OPTIONS, language: 'en', groupByUnit: true, baselineIndex: 1 } as const;
    expect(await t.call('exportProgressReport', { format: 'pdf', options })).toEqual({ ok: true, value: null });
    expect(t.files()).toEqual(before);
    const request = t.host.printed[0]!;
    expect(request).toMatchObject({ pageSize: 'A4', landscape: false });
    expect(parseReportPrintHash(request.route.slice('index.html'.length))).toEqual(options);
    t.close();
  });

  it('refuses a PDF without a printer, a slide that is not a PNG, and bad options', async () => {
    const t = setup();
    expect(await t.call('exportProgressReport', { format: 'pdf', options: OPTIONS })).toMatchObject({ ok: false, error: { code: 'pdf-unavailable' } });
    expect(await t.call('saveProgressReportSlide', { dataBase64: Buffer.from('not a png').toString('base64'), suggestedName: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-export' } });
    expect((await t.call('exportProgressReport', { format: 'pdf', options: { ...OPTIONS, baselineIndex: 11 } })).ok).toBe(false);
    expect(() => parseReportPrintHash('#report?o=e30')).toThrow(); // {} lacks the options
    expect(t.host.asked).toEqual([]);
    t.close();
  });
});
