/** Helpers for the interchange tests: plans compared without their ids, random plans with outlines, xmllint. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { addDays } from '../../../../core/dates';
import { parentOf, wbsOf, withOutline } from '../../../../core/interchange/outlineFields';
import { newTask, tasksInOrder, type Plan, type Task } from '../../../../core/model';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/interchange');
export const MSPDI_SCHEMA = path.join(FIXTURES, 'mspdi_pj12.xsd');

let n = 0;
export const newId = () => `id-${++n}`;

/** Everything a round trip must keep, with ids replaced by plan order (ids are the file's own). */
export function comparable(plan: Plan) {
  const order = tasksInOrder(plan);
  const index = new Map(order.map((t, i) => [t.id, i + 1]));
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  return {
    info: { ...plan.info },
    calendar: plan.calendar,
    units: plan.units.map((u) => u.name).sort(),
    tasks: order.map((t) => {
      const { id: _id, position: _p, leadUnitId, coordinatingUnitIds, parentId: _raw, wbs: _w, ...rest } = t as Task & { parentId?: unknown; wbs?: unknown };
      const parentId = parentOf(t);
      return {
        ...rest,
        parent: parentId === null ? null : index.get(parentId),
        wbs: wbsOf(t),
        lead: leadUnitId === null ? null : unitName.get(leadUnitId),
        coordinators: coordinatingUnitIds.map((id) => unitName.get(id)),
      };
    }),
    links: plan.links
      .map((l) => ({ from: index.get(l.predecessorId), to: index.get(l.successorId), type: l.type, lag: l.lag }))
      .sort((a, b) => a.to! - b.to! || a.from! - b.from!),
  };
}

/** xmllint --schema: '' when valid, else its complaints. */
export function xmllintErrors(xml: string, schema: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-xsd-'));
  const file = path.join(dir, 'plan.xml');
  fs.writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const dateArb = fc.integer({ min: 0, max: 300 }).map((d) => addDays('2026-01-05', d));
const textArb = fc.oneof(fc.constant(''), fc.constantFrom('Tháng 4/2026', 'Quý II', 'Hội thảo “A & B” <b>', 'Báo cáo; tờ trình'), fc.string({ maxLength: 30 }));

const taskArb = fc.record({
  name: fc.oneof(fc.constantFrom('Khảo sát hiện trạng', 'Xây dựng dự thảo', 'Phê duyệt <script>'), fc.string({ minLength: 1, maxLength: 40 })),
  kind: fc.constantFrom('task', 'task', 'milestone', 'effort'),
  duration: fc.integer({ min: 1, max: 40 }),
  percent: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 }), fc.constant(37.5)),
  window: fc.option(fc.tuple(dateArb, fc.integer({ min: 0, max: 60 }))),
  snet: fc.option(dateArb),
  windowText: textArb,
  deliverable: textArb,
  notes: textArb,
  wbs: fc.constantFrom('', 'I', '1.1', 'a', 'b)'),
  lead: fc.option(fc.integer({ min: 0, max: 2 })),
  coordinators: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
  /** How many levels to climb from the previous task's depth before nesting (outline shape). */
  nest: fc.integer({ min: -2, max: 1 }),
});

const UNITS = [
  { id: 'u-0', name: 'Sở Khoa học và Công nghệ', recipientOrder: null },
  { id: 'u-1', name: 'Sở Tài chính', recipientOrder: null },
  { id: 'u-2', name: 'UBND thành phố', recipientOrder: null },
];

/** Random plans with outlines (depth-first: a task's parent is an ancestor of the previous task), links only forward (no cycle). */
export const planArb = fc
  .record({
    tasks: fc.array(taskArb, { minLength: 1, maxLength: 12 }),
    links: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), type: fc.constantFrom('FS', 'SS', 'FF', 'SF'), lag: fc.integer({ min: -5, max: 5 }) }), { maxLength: 10 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 4 }),
    saturday: fc.boolean(),
  })
  .map(({ tasks: specs, links: linkSpecs, holidays, saturday }): Plan => {
    const stack: string[] = [];
    const tasks: Task[] = specs.map((s, i) => {
      const id = `t-${i + 1}`;
      const depth = Math.max(0, Math.min(stack.length, stack.length + s.nest));
      stack.length = depth;
      const parentId = stack.at(-1) ?? null;
      stack.push(id);
      const [wStart, wLen] = s.window ?? [null, 0];
      const task = newTask({
        id,
        position: i + 1,
        name: s.name,
        kind: s.kind as Task['kind'],
        duration: s.kind === 'milestone' ? 0 : s.duration,
        percentComplete: s.percent,
        windowStart: wStart,
        windowEnd: wStart === null ? null : addDays(wStart, wLen),
        startNoEarlierThan: s.snet,
        windowText: s.windowText,
        deliverable: s.deliverable,
        notes: s.notes,
        leadUnitId: s.lead === null ? null : `u-${s.lead}`,
        coordinatingUnitIds: s.coordinators.filter((c) => c !== s.lead).map((c) => `u-${c}`),
      });
      return withOutline(task, parentId, s.wbs);
    });
    const seen = new Set<string>();
    const links = linkSpecs.flatMap((l, k) => {
      const a = l.a % tasks.length;
      const b = l.b % tasks.length;
      if (a >= b || seen.has(`${a}>${b}`)) return [];
      seen.add(`${a}>${b}`);
      return [{ id: `l-${k}`, predecessorId: tasks[a]!.id, successorId: tasks[b]!.id, type: l.type as 'FS', lag: l.lag }];
    });
    const workdays = saturday ? [{ date: '2026-08-22', name: 'Làm bù' }] : [];
    return {
      info: { title: 'Kế hoạch ngẫu nhiên', number: '', placeAndDate: '', organisation: 'Sở KH&CN', signer: '', startDate: '2026-01-05', endDate: '2026-12-31', statusDate: null },
      calendar: {
        workWeek: [1, 2, 3, 4, 5],
        holidays: [...new Set(holidays.map((d) => addDays('2026-01-05', d)))]
          .filter((d) => { const w = new Date(`${d}T00:00:00Z`).getUTCDay(); return w !== 0 && w !== 6; })
          .sort()
          .map((date) => ({ date, name: 'Nghỉ lễ' })),
        workdays,
      },
      units: UNITS.filter((u) => tasks.some((t) => t.leadUnitId === u.id || t.coordinatingUnitIds.includes(u.id))),
      tasks,
      links,
    };
  });
