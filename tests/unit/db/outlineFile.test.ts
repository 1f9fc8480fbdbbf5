/** The outline in the plan file: parent and plan numbering survive a write and a read; a broken outline is refused. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { makeFixturePlan, tempDir } from './fixtures';

function sectionedPlan() {
  const plan = makeFixturePlan();
  const [first, ...rest] = plan.tasks.sort((a, b) => a.position - b.position);
  first!.wbs = 'I';
  first!.name = 'NHIỆM VỤ CHUNG';
  rest.forEach((t, i) => Object.assign(t, { parentId: first!.id, wbs: `${i + 1}.` }));
  return plan;
}

describe('outline in the plan file', () => {
  it('keeps parentId and wbs through create and read', () => {
    const plan = sectionedPlan();
    const db = openPlanDatabase(createPlanFile(path.join(tempDir(), 'muc.tiendo'), plan));
    try {
      expect(readPlan(db)).toEqual(plan);
      const rows = db.prepare('SELECT id, parent_id, wbs FROM tasks ORDER BY position').all();
      expect(rows[1]).toEqual({ id: plan.tasks[1]!.id, parent_id: plan.tasks[0]!.id, wbs: '1.' });
    } finally {
      db.close();
    }
  });

  it('refuses a plan whose task sits outside its section, naming the task in Vietnamese', () => {
    const plan = sectionedPlan();
    plan.tasks[0]!.parentId = plan.tasks[1]!.id; // the section inside its own child: a loop
    expect(() => createPlanFile(path.join(tempDir(), 'vong.tiendo'), plan)).toThrow(/Công việc STT 1 .*chứa lẫn nhau thành vòng/u);
    const other = sectionedPlan();
    other.tasks[1]!.parentId = 'khong-co';
    expect(() => createPlanFile(path.join(tempDir(), 'thieu.tiendo'), other)).toThrow(/STT 2 .*không tồn tại \(“khong-co”\)/u);
  });
});
