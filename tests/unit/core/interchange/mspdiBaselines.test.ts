/** Baselines in MS Project XML: Baseline0–10 per task (valid against mspdi_pj12.xsd), names kept by our own field. */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../../core/edits';
import { readMspdi } from '../../../../core/interchange/mspdiRead';
import { planToMspdi } from '../../../../core/interchange/mspdiWrite';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { makeFixturePlan } from '../../db/fixtures';
import { comparable, MSPDI_SCHEMA, newId, xmllintErrors } from './support';

/** The fixture with the approved baseline saved on 02/01, then task 1 two days longer and baseline 3 saved on 15/01. */
function withBaselines(): Plan {
  const ctx = (today: string) => ({ newId, today });
  let plan = applyEdit(makeFixturePlan(), { op: 'saveBaseline', index: 0 }, ctx('2026-01-02'));
  plan = applyEdit(plan, { op: 'updateTask', taskId: 't-1', changes: { duration: 7 } }, ctx('2026-01-15'));
  return applyEdit(plan, { op: 'saveBaseline', index: 3, name: 'Điều chỉnh <tháng 1> & “2”' }, ctx('2026-01-15'));
}

/** Baselines with task ids replaced by plan order, as a round trip must keep them. */
function comparableBaselines(plan: Plan) {
  const stt = new Map(tasksInOrder(plan).map((t, i) => [t.id, i + 1]));
  return plan.baselines?.map((b) => ({ ...b, tasks: b.tasks.map(({ taskId, ...dates }) => ({ stt: stt.get(taskId), ...dates })) }));
}

describe('baselines in MS Project XML', () => {
  it('writes Baseline elements per task, valid against the schema, and reads back every baseline with its name and date', () => {
    const plan = withBaselines();
    const xml = planToMspdi(plan);
    expect(xmllintErrors(xml, MSPDI_SCHEMA)).toBe('');
    const t1 = xml.slice(xml.indexOf('<Name>Khảo sát hiện trạng</Name>'), xml.indexOf('</Task>', xml.indexOf('<Name>Khảo sát hiện trạng</Name>')));
    expect(t1.replace(/\s+/g, '')).toContain(
      '<Baseline><Number>0</Number><Start>2026-01-05T08:00:00</Start><Finish>2026-01-09T17:00:00</Finish><Duration>PT40H0M0S</Duration><DurationFormat>7</DurationFormat></Baseline>' +
        '<Baseline><Number>3</Number><Start>2026-01-05T08:00:00</Start><Finish>2026-01-13T17:00:00</Finish><Duration>PT56H0M0S</Duration><DurationFormat>7</DurationFormat></Baseline>',
    );
    // The milestone's baseline finishes when it starts, as the milestone itself is written.
    const milestone = xml.slice(xml.indexOf('<Name>Phê duyệt</Name>'), xml.indexOf('</Task>', xml.indexOf('<Name>Phê duyệt</Name>')));
    expect(milestone).toMatch(/<Baseline>\s*<Number>0<\/Number>\s*<Start>(\d{4}-\d\d-\d\d)T08:00:00<\/Start>\s*<Finish>\1T08:00:00<\/Finish>\s*<Duration>PT0H0M0S<\/Duration>/);

    const back = readMspdi(xml, 'goc.xml', newId);
    expect(back.problems).toEqual([]);
    expect(comparable(back.plan)).toEqual(comparable(plan));
    expect(comparableBaselines(back.plan)).toEqual(comparableBaselines(plan));
    expect(back.plan.baselines!.map((b) => [b.index, b.name, b.savedOn])).toEqual([
      [0, 'Kế hoạch được duyệt', '2026-01-02'],
      [3, 'Điều chỉnh <tháng 1> & “2”', '2026-01-15'],
    ]);
  });

  it('a plan without baselines writes no Baseline element and reads back without the field', () => {
    const xml = planToMspdi(makeFixturePlan());
    expect(xml).not.toContain('<Baseline>');
    expect('baselines' in readMspdi(xml, 'p.xml', newId).plan).toBe(false);
  });

  it('reads another tool’s baselines with the default names and the file’s LastSaved date; a dateless one is skipped and listed', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion><LastSaved>2026-03-10T09:15:00</LastSaved><StartDate>2026-03-02T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Dự án</Name><OutlineLevel>0</OutlineLevel></Task>
    <Task><UID>7</UID><ID>1</ID><Name>Thiết kế</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Finish>2026-03-06T17:00:00</Finish><Duration>PT40H0M0S</Duration>
      <Baseline><Number>0</Number><Start>2026-03-02T08:00:00</Start><Finish>2026-03-04T17:00:00</Finish><Duration>PT24H0M0S</Duration></Baseline>
      <Baseline><Number>2</Number><Start>2026-03-03T08:00:00</Start><Finish>2026-03-05T17:00:00</Finish><Duration>PT24H0M0S</Duration></Baseline>
      <Baseline><Number>1</Number><Cost>0</Cost></Baseline>
      <Baseline><Number>5</Number><Start>2026-03-03T08:00:00</Start><Finish>bad</Finish></Baseline>
    </Task>
  </Tasks>
</Project>`;
    const back = readMspdi(xml, 'msproject.xml', newId);
    const id = back.plan.tasks[0]!.id;
    expect(back.plan.baselines).toEqual([
      { index: 0, name: 'Kế hoạch được duyệt', savedOn: '2026-03-10', tasks: [{ taskId: id, start: '2026-03-02', finish: '2026-03-04', duration: 3 }] },
      { index: 2, name: 'Kế hoạch gốc 2', savedOn: '2026-03-10', tasks: [{ taskId: id, start: '2026-03-03', finish: '2026-03-05', duration: 3 }] },
    ]);
    expect(back.problems).toContain('1 ngày theo kế hoạch gốc không đọc được nên không được mang sang.');
  });
});
