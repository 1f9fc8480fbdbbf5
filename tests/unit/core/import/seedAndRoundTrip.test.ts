/**
 * Import from the plan document itself (the seed text) and round trips
 * plan → XLSX / CSV → import: the same tasks, units and windows come back.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { planTableCsv, planTableXlsx } from '../../../../core/formats';
import { readImportFile, readImportText } from '../../../../core/import/source';
import { planFromImport } from '../../../../core/import/toPlan';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { KE_HOACH_1049_TEXT } from '../../../../core/seed/keHoach1049';
import { parsePlan } from '../../../../db/planValidation';

const ALL = ['start', 'finish', 'percentComplete', 'critical', 'late'] as const;
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const TODAY = new Date(2026, 0, 15);

/** What the plan table says about each task, with unit names instead of ids. */
function tableFacts(plan: Plan) {
  const unit = new Map(plan.units.map((u) => [u.id, u.name]));
  return tasksInOrder(plan).map((t) => ({
    name: t.name,
    lead: t.leadUnitId === null ? null : unit.get(t.leadUnitId),
    coordinators: t.coordinatingUnitIds.map((id) => unit.get(id)),
    windowText: t.windowText,
    windowStart: t.windowStart,
    windowEnd: t.windowEnd,
    deliverable: t.deliverable,
    kind: t.kind === 'effort' ? 'effort' : 'task',
  }));
}

/** Units named in the table, in order of first mention. */
function tableUnits(plan: Plan): string[] {
  const unit = new Map(plan.units.map((u) => [u.id, u.name]));
  const names = tasksInOrder(plan).flatMap((t) => [t.leadUnitId, ...t.coordinatingUnitIds]).flatMap((id) => (id ? [unit.get(id)!] : []));
  return [...new Set(names)];
}

describe('importing the plan document (seed text)', () => {
  const expected = createDefaultPlan();

  it('finds exactly the 17 tasks with their units and windows, skipping the repeated header', () => {
    const table = readImportText(KE_HOACH_1049_TEXT);
    expect(table.format).toBe('document');
    expect(table.rows).toHaveLength(17);
    expect(table.rows.map((r) => r.stt)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(table.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(table.problems).toEqual([]);
    expect(table.document?.title).toBe(expected.info.title);
    expect(table.recipients).toHaveLength(30);
  });

  it('makes a new plan with the same tasks, units, windows and dates as the default plan', () => {
    const { plan, addedTasks, flaggedTasks } = planFromImport(readImportText(KE_HOACH_1049_TEXT), 'ke-hoach-1049.txt', ids(), TODAY);
    expect(parsePlan(plan).ok).toBe(true);
    expect(addedTasks).toBe(17);
    expect(flaggedTasks).toBe(0);
    expect(tableFacts(plan)).toEqual(tableFacts(expected));
    expect(plan.units.map((u) => [u.name, u.recipientOrder])).toEqual(expected.units.map((u) => [u.name, u.recipientOrder]));
    expect(plan.info).toMatchObject({
      title: expected.info.title,
      number: expected.info.number,
      placeAndDate: expected.info.placeAndDate,
      signer: 'Nguyễn Cao Thắng',
      startDate: '2026-04-01',
      endDate: '2026-12-31',
      statusDate: null,
    });
    expect(plan.calendar).toEqual(expected.calendar);
    // A task fills its window until the planner sets a duration: Tháng 4/2026 has 20 working days.
    expect(tasksInOrder(plan)[0]?.duration).toBe(20);
    expect(tasksInOrder(plan)[16]).toMatchObject({ kind: 'effort', windowStart: null, windowEnd: null });
  });
});

describe('round trip plan → file → import', () => {
  const original = createDefaultPlan();

  it('XLSX with every computed column gives back the same table', async () => {
    const bytes = await planTableXlsx(original, { columns: [...ALL] });
    const table = await readImportFile('Phu-luc-nhiem-vu.xlsx', bytes);
    expect(table.format).toBe('xlsx');
    expect(table.problems).toEqual([]);
    expect(table.rows.flatMap((r) => r.problems)).toEqual([]); // the computed columns are recognised, not "extra cells"
    const { plan } = planFromImport(table, 'Phu-luc-nhiem-vu.xlsx', ids(), TODAY);
    expect(tableFacts(plan)).toEqual(tableFacts(original));
    expect(plan.units.map((u) => u.name)).toEqual(tableUnits(original));
    expect(plan.info.title).toBe('Kế hoạch nhập từ Phu-luc-nhiem-vu.xlsx');
  });

  it('CSV gives back the same table, through the formula guard', async () => {
    const odd = structuredClone(original);
    tasksInOrder(odd)[3]!.name = '- Xây dựng, "trình" phê duyệt\nKế hoạch lựa chọn nhà thầu';
    const bytes = new TextEncoder().encode(planTableCsv(odd, { columns: ['start', 'critical'] }));
    const table = await readImportFile('bang.csv', bytes);
    expect(table.rows.flatMap((r) => r.problems)).toEqual([]);
    const { plan } = planFromImport(table, 'bang.csv', ids(), TODAY);
    expect(tableFacts(plan)).toEqual(tableFacts(odd));
  });
});
