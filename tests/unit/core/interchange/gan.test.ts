/** GanttProject (.gan): our plan → .gan → our plan keeps everything; the file says what GanttProject expects; foreign and broken files. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGan } from '../../../../core/interchange/ganRead';
import { planToGan } from '../../../../core/interchange/ganWrite';
import { parentOf, withOutline } from '../../../../core/interchange/outlineFields';
import { tasksInOrder } from '../../../../core/model';
import { makeFixturePlan } from '../../db/fixtures';
import { comparable, FIXTURES, newId, planArb } from './support';

function outlinedFixture() {
  const plan = makeFixturePlan();
  const [a, b, c, d] = plan.tasks;
  plan.tasks = [withOutline({ ...a!, position: 1 }, null, 'I'), withOutline({ ...b!, position: 2 }, 't-1', '1'), withOutline({ ...c!, position: 3 }, 't-1', '2'), withOutline({ ...d!, position: 4 }, null, '')];
  plan.links.push({ id: 'l-9', predecessorId: 't-2', successorId: 't-4', type: 'SF', lag: -1 });
  return plan;
}

/** XPath answers from xmllint: a reader that is not ours. */
function xpath(xml: string, expression: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-gan-'));
  try {
    fs.writeFileSync(path.join(dir, 'plan.gan'), xml);
    return execFileSync('xmllint', ['--xpath', expression, path.join(dir, 'plan.gan')], { encoding: 'utf8' }).trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('GanttProject (.gan)', () => {
  it('reads back every task, outline, date, link, calendar exception and own field', () => {
    const plan = outlinedFixture();
    const back = readGan(planToGan(plan), 'plan.gan', newId);
    expect(back.problems).toEqual([]);
    expect(comparable(back.plan)).toEqual(comparable(plan));
  });

  it('writes what GanttProject documents: nested tasks, depend under the predecessor with type 1 SS / 2 FS / 3 FF / 4 SF and difference in days, meeting milestones, thirdDate, holidays', () => {
    const xml = planToGan(outlinedFixture());
    expect(xpath(xml, 'count(/project/tasks/task)')).toBe('2');
    expect(xpath(xml, 'string(/project/tasks/task[1]/task[2]/@name)')).toBe('Phê duyệt');
    expect(xpath(xml, 'string(/project/tasks/task[1]/task[2]/@meeting)')).toBe('true');
    // Khảo sát → Xây dựng dự thảo FS 0; Xây dựng dự thảo → Phê duyệt FF −2; → Theo dõi SF −1.
    expect(xpath(xml, 'string(/project/tasks/task[1]/depend[@id=/project/tasks/task[1]/task[1]/@id]/@type)')).toBe('2');
    expect(xpath(xml, 'string(/project/tasks/task[1]/task[1]/depend[@id=/project/tasks/task[1]/task[2]/@id]/@type)')).toBe('3');
    expect(xpath(xml, 'string(/project/tasks/task[1]/task[1]/depend[@id=/project/tasks/task[1]/task[2]/@id]/@difference)')).toBe('-2');
    expect(xpath(xml, 'string(/project/tasks/task[1]/task[1]/depend[@id=/project/tasks/task[2]/@id]/@type)')).toBe('4');
    expect(xpath(xml, 'string(/project/tasks/task[1]/depend[@id=/project/tasks/task[2]/@id]/@type)')).toBe('1');
    expect(xpath(xml, 'string(/project/tasks/task[1]/@thirdDate)')).toBe('2026-01-05');
    expect(xpath(xml, 'string(/project/calendars/date[@type="HOLIDAY"][1]/@month)')).toBe('1');
    expect(xpath(xml, 'string(/project/calendars/date[@type="WORKING_DAY"]/@date)')).toBe('22');
    expect(xpath(xml, 'string(/project/calendars/day-types/default-week/@sat)')).toBe('1');
    expect(xpath(xml, 'string(/project/allocations/allocation[@responsible="true"][1]/@resource-id)')).toBe('0');
  });

  it('round-trips random plans with outlines', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const back = readGan(planToGan(plan), 'p.gan', newId);
        expect(back.problems).toEqual([]);
        expect(comparable(back.plan)).toEqual(comparable(plan));
      }),
      { numRuns: 60 },
    );
  });

  it('reads a hand-written GanttProject file: nested summary with links, negative lag, SF, milestone, holiday, working Saturday, Vietnamese CDATA notes', () => {
    const { plan, problems } = readGan(fs.readFileSync(path.join(FIXTURES, 'ganttproject-3.gan'), 'utf8'), 'ganttproject-3.gan', newId);
    expect(problems).toEqual([]);
    const order = tasksInOrder(plan);
    expect(order.map((t) => t.name)).toEqual(['Chuẩn bị', 'Khảo sát hiện trạng', 'Xây dựng dự thảo', 'Phê duyệt', 'Hội thảo']);
    expect(order.map(parentOf)).toEqual([null, order[0]!.id, order[0]!.id, null, null]);
    const [summary, survey, draft, approval, workshop] = order;
    expect(survey).toMatchObject({ duration: 5, startNoEarlierThan: '2026-01-05', windowStart: '2026-01-05', percentComplete: 40, notes: 'Ghi chú <b>không phải HTML</b> & dấu' });
    expect(approval).toMatchObject({ kind: 'milestone', duration: 0 });
    const link = (from: string, to: string) => plan.links.find((l) => l.predecessorId === from && l.successorId === to);
    expect(link(survey!.id, draft!.id)).toMatchObject({ type: 'FS', lag: -2 });
    expect(link(summary!.id, approval!.id)).toMatchObject({ type: 'SS', lag: 0 });
    expect(link(draft!.id, workshop!.id)).toMatchObject({ type: 'SF', lag: 1 });
    expect(plan.calendar.holidays).toEqual([{ date: '2026-01-01', name: 'Tết Dương lịch' }]);
    expect(plan.calendar.workdays).toEqual([{ date: '2026-01-10', name: 'Làm bù' }]);
    const unit = new Map(plan.units.map((u) => [u.id, u.name]));
    expect(unit.get(survey!.leadUnitId!)).toBe('Sở Tài chính');
    expect(survey!.coordinatingUnitIds.map((id) => unit.get(id))).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('refuses broken files with a clear message', () => {
    const gan = fs.readFileSync(path.join(FIXTURES, 'ganttproject-3.gan'), 'utf8');
    expect(() => readGan(gan.slice(0, 400), 'x.gan', newId)).toThrow(/Tệp GanttProject \(.gan\) bị hỏng/);
    expect(() => readGan('<note/>', 'x.gan', newId)).toThrow('Tệp “x.gan” không phải tệp GanttProject (.gan).');
    expect(() => readGan(gan.replace('type="4"', 'type="9"'), 'x.gan', newId)).toThrow(/kiểu không biết \(type 9\)/);
    expect(() => readGan(gan.replace('duration="2" complete="0" expand="true"/>', 'duration="2" complete="0" expand="true"><depend id="1" type="2" difference="0" hardness="Strong"/></task>'), 'x.gan', newId)).toThrow(/vòng lặp/);
  });
});
