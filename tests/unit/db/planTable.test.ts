/**
 * The plan table API end to end in Node: real plan files, the real
 * dispatcher and handlers, dialogs answered by the test host. Outcomes are
 * checked in the files: rows in SQLite, bytes of the exports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import type { ImportPreview, ImportResult } from '../../../core/api/features/planTable';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { KE_HOACH_1049_TEXT } from '../../../core/seed/keHoach1049';
import { createApiHandlers } from '../../../db/handlers';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { openPlanSession } from '../../../db/session';
import { Database } from '../../../db/sqlite';
import { createTestHost } from '../../support/testHost';
import { snapshot, tempDir } from './fixtures';

const TABLE =
  'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm\n' +
  '1\tBáo cáo sơ kết\tphong quan ly khoa hoc\tCảng vụ Hàng hải Hải Phòng\tTháng 12/2026\tBáo cáo\n' +
  '2\tViệc chưa rõ thời gian\tVăn phòng Sở\t\tKhi có kinh phí\t\n';

function setUp(options: { readOnly?: boolean; planName?: string } = {}) {
  const dir = tempDir();
  const planPath = createPlanFile(path.join(dir, options.planName ?? 'Ke-hoach.tiendo'), createDefaultPlan());
  const session = openPlanSession(planPath, { readOnly: options.readOnly });
  const host = createTestHost({ now: () => new Date('2026-05-04T08:00:00Z') });
  const handlers = createApiHandlers(session, host);
  async function call<T>(method: ApiMethod, ...args: unknown[]): Promise<T> {
    const response = await dispatch(handlers, method, args);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
    return response.value as T;
  }
  const failure = async (method: ApiMethod, ...args: unknown[]) => {
    const response = await dispatch(handlers, method, args);
    if (response.ok) throw new Error(`${method} should have failed`);
    return response.error;
  };
  /** Tasks in a plan file on disk. */
  const taskCount = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return Number(db.prepare('SELECT count(*) FROM tasks').pluck().get());
    } finally {
      db.close();
    }
  };
  /** Tasks in the open plan's database: where edits to the open plan are written. */
  const openTaskCount = () => Number(session.db.prepare('SELECT count(*) FROM tasks').pluck().get());
  return { dir, planPath, session, host, call, failure, taskCount, openTaskCount };
}

describe('exportPlanTable', () => {
  it('asks where, adds the extension, and writes a complete XLSX with no temporary file left', async () => {
    const { dir, host, call, session } = setUp();
    host.saveAnswers.push(path.join(dir, 'Phu luc'));
    const result = await call<{ path: string; bytes: number }>('exportPlanTable', { format: 'xlsx', columns: ['start', 'finish'] });
    expect(host.asked).toEqual([{ kind: 'save', title: 'Xuất phụ lục nhiệm vụ cụ thể', defaultName: 'Phu-luc-nhiem-vu.xlsx' }]);
    expect(result.path).toBe(path.join(dir, 'Phu luc.xlsx'));
    expect(fs.statSync(result.path).size).toBe(result.bytes);
    const rows = await readSheet(result.path);
    expect(rows.filter((r) => typeof r[0] === 'number')).toHaveLength(17);
    // Only the export appeared (a lock file of the open plan may sit there too): no temporary file is left.
    expect(fs.readdirSync(dir).filter((name) => !name.includes('Ke-hoach.tiendo')).sort()).toEqual(['Phu luc.xlsx']);
    session.close();
  });

  it('writes CSV and DOCX, replaces an existing file whole, and returns null when cancelled', async () => {
    const { dir, host, call, session } = setUp();
    const target = path.join(dir, 'bang.csv');
    fs.writeFileSync(target, 'nội dung cũ, dài hơn nhiều '.repeat(500));
    host.saveAnswers.push(target);
    const csv = await call<{ path: string; bytes: number }>('exportPlanTable', { format: 'csv', columns: [] });
    const bytes = fs.readFileSync(target);
    expect(bytes.byteLength).toBe(csv.bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).not.toContain('nội dung cũ');

    host.saveAnswers.push(path.join(dir, 'phu-luc.docx'));
    const docx = await call<{ path: string; bytes: number }>('exportPlanTable', { format: 'docx', columns: ['critical'] });
    expect(fs.readFileSync(docx.path).subarray(0, 2).toString()).toBe('PK');

    const before = snapshot(dir);
    expect(await call('exportPlanTable', { format: 'xlsx', columns: [] })).toBeNull(); // no answer queued: cancelled
    expect(snapshot(dir)).toEqual(before);
    session.close();
  });

  it('refuses bad arguments, a missing folder, and the open plan file, in Vietnamese', async () => {
    const { dir, host, failure, session } = setUp();
    expect((await failure('exportPlanTable', { format: 'pdf', columns: [] })).code).toBe('invalid-arguments');
    expect((await failure('exportPlanTable', { format: 'csv', columns: ['stt'] })).code).toBe('invalid-arguments');
    host.saveAnswers.push(path.join(dir, 'khong-co', 'bang.xlsx'));
    const missing = await failure('exportPlanTable', { format: 'xlsx', columns: [] });
    expect(missing).toMatchObject({ code: 'not-found', message: expect.stringContaining('Không tìm thấy thư mục') });
    session.close();

    // A plan file oddly named like an export must never be overwritten by one.
    const odd = setUp({ planName: 'ke-hoach.csv' });
    const before = fs.readFileSync(odd.planPath);
    odd.host.saveAnswers.push(odd.planPath);
    expect(await odd.failure('exportPlanTable', { format: 'csv', columns: [] })).toMatchObject({ code: 'same-file' });
    expect(fs.readFileSync(odd.planPath)).toEqual(before);
    odd.session.close();
  });
});

describe('previewImport and applyImport', () => {
  it('previews pasted text without writing anything', async () => {
    const { dir, call, session } = setUp();
    const before = snapshot(dir);
    const preview = await call<ImportPreview>('previewImport', { kind: 'text', text: TABLE });
    expect(preview).toMatchObject({ sourceName: 'Văn bản dán vào', format: 'text', title: '', problems: [] });
    expect(preview.rows.map((r) => [r.stt, r.name, r.window, r.windowStart, r.windowEnd, r.problems])).toEqual([
      ['1', 'Báo cáo sơ kết', '01/12/2026 – 31/12/2026', '2026-12-01', '2026-12-31', []],
      ['2', 'Việc chưa rõ thời gian', 'Không đọc được', null, null, ['Không đọc được thời gian thực hiện']],
    ]);
    expect(preview.newUnits).toEqual(['Cảng vụ Hàng hải Hải Phòng']);
    expect(snapshot(dir)).toEqual(before);
    session.close();
  });

  it('appends in one transaction after the existing tasks, undoable as one step', async () => {
    const { call, openTaskCount, session } = setUp();
    const preview = await call<ImportPreview>('previewImport', { kind: 'text', text: TABLE });
    const result = await call<ImportResult>('applyImport', { mode: 'append', previewId: preview.previewId });
    expect(result).toMatchObject({ mode: 'append', addedTasks: 2, addedUnits: ['Cảng vụ Hàng hải Hải Phòng'], flaggedTasks: 1, undoable: true });
    expect(openTaskCount()).toBe(19);
    const rows = session.db
      .prepare(
        `SELECT t.position, t.name, u.name AS lead, t.window_text, t.window_start, t.window_end, t.notes
           FROM tasks t LEFT JOIN units u ON u.id = t.lead_unit_id WHERE t.position > 17 ORDER BY t.position`,
      )
      .all();
    expect(rows).toEqual([
      { position: 18, name: 'Báo cáo sơ kết', lead: 'Phòng Quản lý Khoa học', window_text: 'Tháng 12/2026', window_start: '2026-12-01', window_end: '2026-12-31', notes: '' },
      {
        position: 19,
        name: 'Việc chưa rõ thời gian',
        lead: 'Văn phòng Sở',
        window_text: 'Khi có kinh phí',
        window_start: null,
        window_end: null,
        notes: '', // the preview's warning is not kept in the notes; the unreadable window flags itself
      },
    ]);
    const history = await call<{ label: string; user: string }[]>('getHistory');
    expect(history.at(-1)).toMatchObject({ label: 'Nhập 2 công việc từ bảng', user: 'Nguyễn Văn Kiểm' });

    // The same preview cannot be applied twice (a double click must not append twice).
    await expect(call('applyImport', { mode: 'append', previewId: preview.previewId })).rejects.toMatchObject({ code: 'preview-expired' });
    expect(openTaskCount()).toBe(19);

    await call('undo');
    expect(openTaskCount()).toBe(17);
    expect(readPlan(session.db).units.some((u) => u.name === 'Cảng vụ Hàng hải Hải Phòng')).toBe(false);
    session.close();
  });

  it('stores hostile rows as text: a 10,000-character name split into name and notes, HTML kept, NUL removed', async () => {
    const { call, session } = setUp();
    const long = 'Đánh giá '.repeat(1200).slice(0, 10_000);
    const text =
      'STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\n' +
      `1\t${long}\tVăn phòng Sở\tTháng 6/2026\n` +
      '1\t<img src=x onerror=alert(1)>\tSở\u0000 Tài chính\tTháng 7/2026\n';
    const preview = await call<ImportPreview>('previewImport', { kind: 'text', text });
    expect(preview.rows[1]?.problems).toEqual(['Có mã HTML trong nội dung (được giữ nguyên như chữ)', 'Trùng số thứ tự 1 với một dòng trước']);
    await call('applyImport', { mode: 'append', previewId: preview.previewId });
    const rows = session.db
      .prepare('SELECT t.name, t.notes, u.name AS lead FROM tasks t LEFT JOIN units u ON u.id = t.lead_unit_id WHERE t.position > 17 ORDER BY t.position')
      .all() as { name: string; notes: string; lead: string }[];
    expect(rows[0]?.name).toBe(long.slice(0, 2000));
    expect(rows[0]?.notes).toContain(long.slice(2000));
    expect(rows[1]).toMatchObject({ name: '<img src=x onerror=alert(1)>', lead: 'Sở Tài chính' });
    session.close();
  });

  it('appends rows edited in the preview, re-reading their windows', async () => {
    const { call, session } = setUp();
    const row = { stt: '1', name: 'Sửa tay', lead: 'Sở Tài chính', coordinators: [], windowText: 'Quý IV/2026', deliverable: '', notes: '', windowStart: '1999-01-01' };
    const result = await call<ImportResult>('applyImport', { mode: 'append', rows: [row] });
    const added = result.openPlan.plan.tasks.find((t) => t.position === 18);
    expect(added).toMatchObject({ name: 'Sửa tay', windowStart: '2026-10-01', windowEnd: '2026-12-31' });
    session.close();
  });

  it('refuses to append to a plan opened read-only, leaving the file unchanged', async () => {
    const { dir, call, session } = setUp({ readOnly: true });
    const preview = await call<ImportPreview>('previewImport', { kind: 'text', text: TABLE });
    const before = snapshot(dir);
    await expect(call('applyImport', { mode: 'append', previewId: preview.previewId })).rejects.toMatchObject({ code: 'read-only' });
    expect(snapshot(dir)).toEqual(before);
    session.close();
  });

  it('creates a new plan file from the plan document and opens it', async () => {
    const { dir, planPath, host, call, taskCount, session } = setUp();
    const source = path.join(dir, 'ke-hoach-1049.txt');
    fs.writeFileSync(source, KE_HOACH_1049_TEXT);
    host.openAnswers.push(source);
    const preview = await call<ImportPreview>('previewImport', { kind: 'file' });
    expect(preview).toMatchObject({ sourceName: 'ke-hoach-1049.txt', format: 'document', newUnits: [] });
    expect(preview.rows).toHaveLength(17);
    expect(preview.title).toMatch(/^Kế hoạch triển khai thực hiện Quyết định số 1049\/QĐ-UBND/);

    host.saveAnswers.push(planPath); // the open file: refused
    await expect(call('applyImport', { mode: 'new', previewId: preview.previewId })).rejects.toMatchObject({ code: 'same-file' });
    host.saveAnswers.push(path.join(dir, 'moi'));
    const result = await call<ImportResult>('applyImport', { mode: 'new', previewId: preview.previewId });
    const target = path.join(dir, 'moi.tiendo');
    expect(host.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'ke-hoach-1049.tiendo' });
    expect(result).toMatchObject({ mode: 'new', addedTasks: 17, flaggedTasks: 0, undoable: false });
    expect(result.openPlan.path).toBe(target);
    expect(session.getPlan().path).toBe(target);
    expect(taskCount(target)).toBe(17);
    expect(taskCount(planPath)).toBe(17);
    expect(result.openPlan.plan.info).toMatchObject({ startDate: '2026-04-01', endDate: '2026-12-31' });
    session.close();
  });

  it('previews an XLSX file, returns null when the dialog is cancelled, and refuses a broken file', async () => {
    const { dir, host, call, session } = setUp();
    host.saveAnswers.push(path.join(dir, 'bang.xlsx'));
    await call('exportPlanTable', { format: 'xlsx', columns: ['start', 'finish', 'percentComplete', 'critical', 'late'] });
    host.openAnswers.push(path.join(dir, 'bang.xlsx'));
    const preview = await call<ImportPreview>('previewImport', { kind: 'file' });
    expect(preview.rows).toHaveLength(17);
    expect(preview.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(await call('previewImport', { kind: 'file' })).toBeNull();
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'không phải Excel');
    host.openAnswers.push(path.join(dir, 'hong.xlsx'));
    await expect(call('previewImport', { kind: 'file' })).rejects.toMatchObject({ code: 'unreadable-file' });
    host.openAnswers.push(path.join(dir, 'khong-co.csv'));
    await expect(call('previewImport', { kind: 'file' })).rejects.toMatchObject({ code: 'not-found' });
    session.close();
  });
});
