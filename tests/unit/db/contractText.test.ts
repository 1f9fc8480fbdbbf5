/**
 * Text crossing the API boundary is normalised once, for every string field:
 * well-formed UTF-16 (a lone surrogate → U+FFFD, as SQLite stores it) and
 * NFC. Then the working copy, the cache and the history agree, and a cut
 * emoji can be edited, edited again, undone past and reopened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { EditResult } from '../../../core/api/features/editing';
import { createApiHandlers } from '../../../db/handlers';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { defaultPlanFile, stt } from './editingFixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function setup() {
  const opened = defaultPlanFile();
  sessions.push(opened.session);
  const handlers = createApiHandlers(opened.session, createTestHost());
  const call = async (method: 'applyEdit' | 'undo' | 'openPlanWith' | 'save', ...args: unknown[]) => {
    const response = await dispatch(handlers, method, args);
    if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
    return response.value as EditResult;
  };
  return { ...opened, handlers, call };
}

describe('text normalised at the contract boundary', () => {
  it('a name with a lone surrogate is stored as U+FFFD and survives edit, edit again, undo past and reopening', async () => {
    const { call, plan, file, session } = setup();
    const id = stt(plan, 2).id;
    const first = await call('applyEdit', { op: 'updateTask', taskId: id, changes: { name: 'Khảo sát \uD83D' } });
    expect(first.planChange.delta.tasks.changed.find((t) => t.id === id)!.name).toBe('Khảo sát \uFFFD');
    expect(session.getPlan().plan.tasks.find((t) => t.id === id)!.name).toBe('Khảo sát \uFFFD');
    await call('applyEdit', { op: 'updateTask', taskId: id, changes: { name: 'Khảo sát \uD83D lần 2', notes: '\uDC00 ghi chú' } });
    expect(session.getPlan().plan.tasks.find((t) => t.id === id)).toMatchObject({ name: 'Khảo sát \uFFFD lần 2', notes: '\uFFFD ghi chú' });
    await call('undo');
    await call('undo');
    const back = session.getPlan().plan.tasks.find((t) => t.id === id)!;
    expect(back.name).toBe(stt(plan, 2).name);
    await call('applyEdit', { op: 'updateTask', taskId: id, changes: { name: 'Khảo sát \uD83D' } });
    await call('save');
    session.close();
    const reopened = openPlanSession(file);
    sessions.push(reopened);
    expect(reopened.getPlan().plan.tasks.find((t) => t.id === id)!.name).toBe('Khảo sát \uFFFD');
    const handlers = createApiHandlers(reopened, createTestHost());
    expect(await dispatch(handlers, 'undo', [])).toMatchObject({ ok: true });
    expect(reopened.getPlan().plan.tasks.find((t) => t.id === id)!.name).toBe(stt(plan, 2).name);
  });

  it('decomposed Vietnamese (NFD, as macOS writes it) is stored composed (NFC)', async () => {
    const { call, plan, session } = setup();
    const id = stt(plan, 1).id;
    const nfd = 'Khảo sát hiện trạng'.normalize('NFD');
    await call('applyEdit', { op: 'updateTask', taskId: id, changes: { name: nfd } });
    expect(session.getPlan().plan.tasks.find((t) => t.id === id)!.name).toBe('Khảo sát hiện trạng'.normalize('NFC'));
  });

  it('an imported file written in NFD is previewed and added in NFC', async () => {
    const { dir, session } = setup();
    const table = 'STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\n1\tKhảo sát hiện trạng\tSở Tài chính\tTháng 12/2026\n';
    const file = path.join(dir, 'bang-nfd.txt');
    fs.writeFileSync(file, table.normalize('NFD'));
    const host = createTestHost();
    host.openAnswers.push(file);
    const withHost = createApiHandlers(session, host);
    const preview = await dispatch(withHost, 'previewImport', [{ kind: 'file' }]);
    expect(preview).toMatchObject({ ok: true, value: { rows: [{ name: 'Khảo sát hiện trạng'.normalize('NFC'), lead: 'Sở Tài chính'.normalize('NFC') }] } });
  });

  it('openPlanWith refuses an unknown option field instead of dropping it', async () => {
    const { handlers, file } = setup();
    const response = await dispatch(handlers, 'openPlanWith', [file, { mode: 'readOnly', force: true }]);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});
