/**
 * Searching the units directory the way people type: without diacritics,
 * in any case, words in any order ("phong quan ly" finds "Phòng Quản lý
 * Khoa học"). Pure, so the picker and the directory dialog share it.
 */
import type { Unit } from '../../../core/model';
import { foldVietnamese } from '../../../core/text';

/** Units whose folded name contains every folded word of the query; names starting with the query first. */
export function searchUnits(units: readonly Unit[], query: string): Unit[] {
  const folded = foldVietnamese(query);
  if (folded === '') return [...units];
  const words = folded.split(' ');
  const starting: Unit[] = [];
  const containing: Unit[] = [];
  for (const unit of units) {
    const name = foldVietnamese(unit.name);
    if (!words.every((w) => name.includes(w))) continue;
    (name.startsWith(folded) ? starting : containing).push(unit);
  }
  return [...starting, ...containing];
}

/** The unit with exactly this name, ignoring case, diacritics and spacing (the rule the main process uses for duplicates). */
export function findUnitByName(units: readonly Unit[], name: string): Unit | undefined {
  const folded = foldVietnamese(name);
  return folded === '' ? undefined : units.find((u) => foldVietnamese(u.name) === folded);
}

/** How many tasks each unit leads and coordinates. */
export interface UnitUsage {
  lead: number;
  coordinating: number;
}

export function unitUsage(tasks: readonly { leadUnitId: string | null; coordinatingUnitIds: readonly string[] }[]): Map<string, UnitUsage> {
  const usage = new Map<string, UnitUsage>();
  const entry = (id: string) => {
    let u = usage.get(id);
    if (!u) usage.set(id, (u = { lead: 0, coordinating: 0 }));
    return u;
  };
  for (const task of tasks) {
    if (task.leadUnitId !== null) entry(task.leadUnitId).lead++;
    // A unit listed twice among one task's coordinators still counts that task once.
    for (const id of new Set(task.coordinatingUnitIds)) entry(id).coordinating++;
  }
  return usage;
}
