/**
 * Issue 13 §2 in the file: "Cập nhật tiến độ" for ten tasks is one history
 * entry (worded vi/en) that one undo takes back entirely; without a status
 * date the handler's date (today) becomes the status date.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyEditToFile, undoEdit } from '../../../db/editing/applyEditToFile';
import { listHistory } from '../../../db/editing/historyRepo';
import { readPlan } from '../../../db/planStore';
import type { PlanSession } from '../../../db/session';
import { AUTHOR, defaultPlanFile, dump, stt } from './editingFixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

describe('updateProgress in the plan file', () => {
  it('ten tasks done as planned: one history entry, one undo restores every row', () => {
    const opened = defaultPlanFile();
    sessions.push(opened.session);
    const { session, plan } = opened;
    const before = dump(session.db);
    const taskIds = Array.from({ length: 10 }, (_, i) => stt(plan, i + 1).id);
    applyEditToFile(session, { op: 'updateProgress', taskIds, statusDate: '2026-12-03', mode: 'asPlanned' }, AUTHOR);
    const stored = readPlan(session.db);
    expect(stored.info.statusDate).toBe('2026-12-03');
    expect(taskIds.map((id) => stored.tasks.find((t) => t.id === id)!.percentComplete)).toEqual(Array(10).fill(100));
    expect(stt(stored, 10)).toMatchObject({ actualStart: '2026-09-21', actualFinish: '2026-09-30' });
    const history = listHistory(session.db);
    expect(history.map((h) => [h.label, h.labelEn])).toEqual([
      ['Cập nhật tiến độ 10 công việc: hoàn thành theo kế hoạch', 'Update progress of 10 tasks: done as planned'],
    ]);
    undoEdit(session);
    expect(dump(session.db)).toEqual(before);
  });

  it('without a status date, the date of the edit (the author’s day) becomes it', () => {
    const opened = defaultPlanFile();
    sessions.push(opened.session);
    const { session, plan } = opened;
    applyEditToFile(session, { op: 'updateProgress', taskIds: [stt(plan, 1).id], mode: 'percent', percent: 100 }, AUTHOR);
    const stored = readPlan(session.db);
    expect(stored.info.statusDate).toBe('2026-11-28');
    expect(stt(stored, 1)).toMatchObject({ percentComplete: 100, actualStart: '2026-04-01', actualFinish: '2026-04-07' });
  });
});
