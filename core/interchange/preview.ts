/**
 * A plan from another planner shown in the same import preview as a table
 * (one row per task, numbered with its outline), and the same plan appended
 * to an open one: its units matched by name, its tasks after the last task,
 * its links and outline kept.
 */
import type { ImportPreviewRow } from '../import/preview';
import { UnitDirectory } from '../import/unitDirectory';
import { tasksInOrder, type Plan, type Unit } from '../model';
import { describeWindow, type TimeWindow } from '../timeWindow';
import { outlineOf, parentOf, wbsOf, withOutline } from './outlineFields';

export function interchangeRows(plan: Plan): ImportPreviewRow[] {
  const order = tasksInOrder(plan);
  const outline = outlineOf(order);
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const parents = new Set(order.map(parentOf).filter((p): p is string => p !== null));
  return order.map((t) => {
    const window: TimeWindow =
      t.windowStart !== null && t.windowEnd !== null && t.windowStart <= t.windowEnd
        ? { kind: 'range', start: t.windowStart, end: t.windowEnd }
        : t.windowStart !== null
          ? { kind: 'from', start: t.windowStart, end: null }
          : t.windowEnd !== null
            ? { kind: 'deadline', start: null, end: t.windowEnd }
            : { kind: 'unreadable', start: null, end: null };
    const hasWindow = window.kind !== 'unreadable';
    return {
      stt: outline.get(t.id)!.number,
      wbs: wbsOf(t),
      level: outline.get(t.id)!.level - 1,
      summary: parents.has(t.id),
      name: t.name,
      lead: t.leadUnitId === null ? '' : (unitName.get(t.leadUnitId) ?? ''),
      coordinators: t.coordinatingUnitIds.map((id) => unitName.get(id) ?? ''),
      windowText: t.windowText,
      windowKind: window.kind,
      window: hasWindow ? describeWindow(window, 'vi') : '',
      windowEn: hasWindow ? describeWindow(window, 'en') : '',
      windowStart: window.start,
      windowEnd: window.end,
      deliverable: t.deliverable,
      notes: t.notes,
      problems: [],
    };
  });
}

/** Unit names of `imported` that `units` does not have (matching ignores case and diacritics). */
export function newInterchangeUnits(units: readonly Unit[], imported: Plan): string[] {
  let n = 0;
  const directory = new UnitDirectory(units, () => `preview-${++n}`);
  imported.units.forEach((u) => directory.resolve(u.name));
  return directory.added;
}

/** `open` with every task, link and unit of `imported` added after its last task (ids of `imported` are fresh). */
export function appendInterchangePlan(open: Plan, imported: Plan, newId: () => string): { plan: Plan; addedUnits: string[] } {
  const directory = new UnitDirectory(open.units, newId);
  const unitId = new Map(imported.units.map((u) => [u.id, directory.resolve(u.name)?.id ?? null]));
  const last = open.tasks.reduce((max, t) => Math.max(max, t.position), 0);
  const tasks = tasksInOrder(imported).map((t, i) =>
    withOutline(
      {
        ...t,
        position: last + 1 + i,
        leadUnitId: t.leadUnitId === null ? null : (unitId.get(t.leadUnitId) ?? null),
        coordinatingUnitIds: [...new Set(t.coordinatingUnitIds.map((id) => unitId.get(id)).filter((id): id is string => !!id))],
      },
      parentOf(t),
      wbsOf(t),
    ),
  );
  return { plan: { ...open, units: directory.units, tasks: [...open.tasks, ...tasks], links: [...open.links, ...imported.links] }, addedUnits: directory.added };
}
