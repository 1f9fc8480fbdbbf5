/** The app's import of MS Project XML and .gan: the same preview as a table, then an undoable append with links, or a new plan file. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import type { ImportPreview, ImportResult } from '../../../core/api/features/planTable';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { tasksInOrder } from '../../../core/model';
import { createApiHandlers } from '../../../db/handlers';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { openPlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { readGan } from '../../../core/interchange/ganRead';
import { FIXTURES, MSPDI_SCHEMA, xmllintErrors } from '../core/interchange/support';
import { snapshot, tempDir } from './fixtures';

function setUp() {
  const dir = tempDir();
  const planPath = createPlanFile(path.join(dir, 'Ke-hoach.tiendo'), createDefaultPlan());
  const session = openPlanSession(planPath);
  const host = createTestHost({ now: () => new Date('2026-05-04T08:00:00Z') });
  const handlers = createApiHandlers(session, host);
  async function call<T>(method: ApiMethod, ...args: unknown[]): Promise<T> {
    const response = await dispatch(handlers, method, args);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
    return response.value as T;
  }
  return { dir, session, host, call };
}

describe('importing another planner’s plan in the app', () => {
  it('previews an MS Project file by outline, then appends its tasks and links as one undoable step', async () => {
    const { call, host, session } = setUp();
    host.openAnswers.push(path.join(FIXTURES, 'ms-project-2010.xml'));
    const preview = await call<ImportPreview>('previewImport', { kind: 'file' });
    expect(preview).toMatchObject({ format: 'mspdi', title: 'Đề án thử nghiệm', newUnits: ['Sở Khoa học và Công nghệ'] });
    expect(preview.rows.map((r) => [r.stt, r.wbs, r.level, r.summary, r.name])).toEqual([
      ['1', '1', 0, true, 'Giai đoạn chuẩn bị'],
      ['1.1', '1.1', 1, false, 'Khảo sát hiện trạng'],
      ['1.2', '1.2', 1, false, 'Xây dựng dự thảo'],
      ['2', '2', 0, false, 'Phê duyệt đề án'],
      ['3', '3', 0, false, 'Hội thảo lấy ý kiến'],
    ]);
    expect(preview.rows[1]).toMatchObject({ lead: 'Sở Khoa học và Công nghệ', windowStart: '2026-01-05', windowEnd: '2026-01-30' });
    expect(preview.problems).toEqual(['Công việc “Hội thảo lấy ý kiến”: ràng buộc “Kết thúc không muộn hơn” không được mang sang.']);

    const linksBefore = readPlan(session.db).links.length;
    const result = await call<ImportResult>('applyImport', { mode: 'append', previewId: preview.previewId });
    expect(result).toMatchObject({ mode: 'append', addedTasks: 5, addedUnits: ['Sở Khoa học và Công nghệ'], undoable: true });
    const plan = readPlan(session.db);
    const added = tasksInOrder(plan).slice(17);
    expect(added.map((t) => [t.position, t.name])).toEqual([[18, 'Giai đoạn chuẩn bị'], [19, 'Khảo sát hiện trạng'], [20, 'Xây dựng dự thảo'], [21, 'Phê duyệt đề án'], [22, 'Hội thảo lấy ý kiến']]);
    const draft = added[2]!;
    expect(plan.links.find((l) => l.successorId === draft.id)).toMatchObject({ predecessorId: added[1]!.id, type: 'FS', lag: -2 });
    expect(plan.links.length).toBe(linksBefore + 3);
    // "Sở Tài chính" is the default plan's own unit (matched by name), not a copy.
    expect(plan.units.filter((u) => u.name === 'Sở Tài chính').length).toBe(1);
    const history = await call<{ label: string }[]>('getHistory');
    expect(history.at(-1)).toMatchObject({ label: 'Nhập 5 công việc từ ms-project-2010.xml' });

    await call('undo');
    expect(readPlan(session.db).tasks.length).toBe(17);
    expect(readPlan(session.db).links.length).toBe(linksBefore);
    session.close();
  });

  it('makes a new plan file from a .gan file with its calendar and links', async () => {
    const { call, host, dir, session } = setUp();
    host.openAnswers.push(path.join(FIXTURES, 'ganttproject-3.gan'));
    const preview = await call<ImportPreview>('previewImport', { kind: 'file' });
    expect(preview.format).toBe('gan');
    host.saveAnswers.push(path.join(dir, 'Tu GanttProject'));
    const result = await call<ImportResult>('applyImport', { mode: 'new', previewId: preview.previewId });
    expect(result).toMatchObject({ mode: 'new', addedTasks: 5, undoable: false });
    const plan = readPlan(session.db);
    expect(session.getPlan().path).toBe(path.join(dir, 'Tu GanttProject.tiendo'));
    expect(plan.calendar.workdays).toEqual([{ date: '2026-01-10', name: 'Làm bù' }]);
    expect(plan.links.map((l) => l.type).sort()).toEqual(['FS', 'SF', 'SS']);
    session.close();
  });

  it('refuses an .mpp file with the advice to save as XML, writing nothing', async () => {
    const { call, host, dir, session } = setUp();
    const mpp = path.join(dir, 'du-an.mpp');
    fs.writeFileSync(mpp, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const before = snapshot(dir);
    host.openAnswers.push(mpp);
    await expect(call('previewImport', { kind: 'file' })).rejects.toMatchObject({ code: 'mpp-unsupported', message: expect.stringContaining('“Lưu thành” (Save As) kiểu “XML”') });
    expect(snapshot(dir)).toEqual(before);
    session.close();
  });

  it('exports the open plan as MS Project XML (valid against the schema) and .gan from the export dialog’s API', async () => {
    const { call, host, dir, session } = setUp();
    host.saveAnswers.push(path.join(dir, 'Cho MS Project'));
    const xml = await call<{ path: string }>('exportPlanTable', { format: 'mspdi', columns: [] });
    expect(xml.path).toBe(path.join(dir, 'Cho MS Project.xml'));
    expect(xmllintErrors(fs.readFileSync(xml.path, 'utf8'), MSPDI_SCHEMA)).toBe('');
    host.saveAnswers.push(path.join(dir, 'Cho GanttProject'));
    const gan = await call<{ path: string }>('exportPlanTable', { format: 'gan', columns: [] });
    expect(readGan(fs.readFileSync(gan.path, 'utf8'), 'x.gan', () => crypto.randomUUID()).plan.tasks.map((t) => t.name)).toEqual(
      tasksInOrder(readPlan(session.db)).map((t) => t.name),
    );
    session.close();
  });
});
