/**
 * One random two-writer session for `npm run stress`: two people open the
 * same plan file (the second "anyway"), both make random edits from that one
 * base — renames, dates, units, progress, added and deleted tasks, links,
 * outline moves — the first saves, the second saves (merging; any conflict
 * is resolved as "mine"). Then every change one side made that the other did
 * not touch must be in the saved file.
 */
import { isDeepStrictEqual } from 'node:util';
import type { PlanEdit } from '../../core/edits';
import type { Conflict } from '../../core/merge/types';
import { tasksInOrder, type Plan } from '../../core/model';
import type { SaveOutcome } from '../../db/session';
import { edit, person, planFile, type Person } from '../unit/db/document/helpers';
import { readChecked } from '../unit/db/document/crashRun';

export type Random = () => number;
/** A small seeded generator (mulberry32): the same seed, the same run. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const day = (random: Random) => `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

/** A random edit of `plan` as `who` sees it now (some are refused by the app: a cycle, a bad outline move — that is fine). */
function randomEdit(random: Random, plan: Plan, who: string, n: number): PlanEdit {
  const tasks = tasksInOrder(plan);
  const t = pick(random, tasks).id;
  const kinds = ['rename', 'dates', 'unit', 'progress', 'add', 'delete', 'link', 'unlink', 'outline'] as const;
  switch (pick(random, kinds)) {
    case 'rename':
      return { op: 'updateTask', taskId: t, changes: { name: `${who} đặt tên ${n}` } };
    case 'dates':
      return random() < 0.5 ? { op: 'updateTask', taskId: t, changes: { startNoEarlierThan: day(random) } } : { op: 'updateTask', taskId: t, changes: { duration: 1 + Math.floor(random() * 30) } };
    case 'unit':
      return { op: 'updateTask', taskId: t, changes: { leadUnitId: random() < 0.2 ? null : pick(random, plan.units).id } };
    case 'progress':
      return { op: 'updateTask', taskId: t, changes: { percentComplete: 10 * Math.floor(random() * 11) } };
    case 'add':
      return { op: 'addTask', afterTaskId: t, name: `${who} thêm ${n}` };
    case 'delete':
      return tasks.length > 3 ? { op: 'deleteTasks', taskIds: [t] } : { op: 'addTask', afterTaskId: null, name: `${who} thêm ${n}` };
    case 'link':
      return { op: 'addLink', predecessorId: t, successorId: pick(random, tasks).id, type: pick(random, ['FS', 'SS', 'FF'] as const), lag: Math.floor(random() * 5) };
    case 'unlink':
      return plan.links.length > 0 ? { op: 'deleteLink', linkId: pick(random, plan.links).id } : { op: 'updateTask', taskId: t, changes: { notes: `${who} ${n}` } };
    case 'outline':
      return pick(random, [
        { op: 'indentTasks', taskIds: [t] },
        { op: 'outdentTasks', taskIds: [t] },
        { op: 'moveTasks', taskIds: [t], direction: random() < 0.5 ? 'up' : 'down' },
      ] as const);
  }
}

interface Change {
  entity: 'task' | 'link' | 'unit';
  id: string;
  /** A field, or '*' for the whole row (added / deleted). */
  field: string;
  value: unknown;
}

/** Positions and plan numbers follow from the order; everything else a user sets is compared. */
const DERIVED = new Set(['position', 'wbs']);

function rowChanges(entity: Change['entity'], base: readonly { id: string }[], side: readonly { id: string }[]): Change[] {
  const out: Change[] = [];
  const now = new Map(side.map((r) => [r.id, r as Record<string, unknown>]));
  const before = new Map(base.map((r) => [r.id, r as Record<string, unknown>]));
  for (const [id, old] of before) {
    const row = now.get(id);
    if (!row) out.push({ entity, id, field: '*', value: 'deleted' });
    else for (const field of Object.keys(row)) if (!DERIVED.has(field) && !isDeepStrictEqual(row[field], old[field])) out.push({ entity, id, field, value: row[field] });
  }
  for (const id of now.keys()) if (!before.has(id)) out.push({ entity, id, field: '*', value: 'added' });
  return out;
}

function changesBetween(base: Plan, side: Plan): Change[] {
  return [...rowChanges('task', base.tasks, side.tasks), ...rowChanges('link', base.links, side.links), ...rowChanges('unit', base.units, side.units)];
}

/** Ids a change relies on: its parent, its unit, its link's ends (as the side has them, or base for a row it deleted). */
function reliesOn(change: Change, side: Plan, base: Plan): string[] {
  if (change.entity === 'link') {
    const link = side.links.find((l) => l.id === change.id) ?? base.links.find((l) => l.id === change.id);
    return link ? [link.predecessorId, link.successorId] : [];
  }
  if (change.entity === 'task') {
    const task = side.tasks.find((t) => t.id === change.id) ?? base.tasks.find((t) => t.id === change.id);
    return task ? [task.parentId, task.leadUnitId, ...task.coordinatingUnitIds].filter((x): x is string => x !== null) : [];
  }
  return [];
}

function holds(change: Change, final: Plan): boolean {
  const rows: readonly { id: string }[] = change.entity === 'task' ? final.tasks : change.entity === 'link' ? final.links : final.units;
  const row = rows.find((r) => r.id === change.id) as Record<string, unknown> | undefined;
  if (change.field === '*') return change.value === 'deleted' ? row === undefined : row !== undefined;
  return row !== undefined && isDeepStrictEqual(row[change.field], change.value);
}

/** A change of one side the other side's work cannot have touched: it must survive the merge. */
function untouched(change: Change, mineSide: Plan, base: Plan, other: Change[], conflicts: Conflict[]): boolean {
  const otherTouched = new Set(other.map((c) => c.id));
  const otherDeleted = new Set(other.filter((c) => c.value === 'deleted').map((c) => c.id));
  const needs = reliesOn(change, mineSide, base);
  if (otherTouched.has(change.id) || conflicts.some((c) => c.entityId === change.id || needs.includes(c.entityId) || c.field === 'cycle')) return false;
  if (needs.some((id) => otherDeleted.has(id) || otherTouched.has(id))) return false;
  // An outline or order change interacts with the other side's structure edits.
  if (change.field === 'parentId' && other.some((c) => c.field === 'parentId' || c.field === '*')) return false;
  if (change.field === '*' && change.entity === 'task' && other.some((c) => c.field === 'parentId')) return false;
  return true;
}

export interface SessionOutcome {
  editsMade: number;
  editsRefused: number;
  merged: boolean;
  conflicts: number;
  checked: number;
  /** Non-conflicting changes missing from the saved file, described. */
  lost: string[];
  /** The message when the merged plan was refused (nothing written, nothing lost, but the second user cannot save yet). */
  mergeError: string | null;
}

const plain = (plan: Plan): unknown => JSON.parse(JSON.stringify(plan));

function randomEdits(random: Random, p: Person, who: string, count: number, counts: { made: number; refused: number }): Plan {
  let plan = p.session.getPlan().plan;
  for (let n = 1; n <= count; n++) {
    try {
      plan = edit(p, randomEdit(random, plan, who, n));
      counts.made += 1;
    } catch (error) {
      if ((error as { name?: string }).name !== 'PlanError') throw error;
      counts.refused += 1; // refused with a message (a cycle, an impossible move): nothing changed
    }
  }
  return plan;
}

export function twoWriterSession(random: Random, dir: string): SessionOutcome {
  const file = planFile(dir);
  const a = person('Trần Thị An', 'MAY-AN');
  const b = person('Lê Văn Bình', 'MAY-BINH');
  try {
    const base = a.session.open(file).plan;
    b.session.open(file, { mode: 'anyway' });
    const counts = { made: 0, refused: 0 };
    const mine = randomEdits(random, a, 'An', 1 + Math.floor(random() * 5), counts);
    const theirs = randomEdits(random, b, 'Bình', 1 + Math.floor(random() * 5), counts);
    a.session.save();
    const savedByA = readChecked(file);
    let outcome: SaveOutcome;
    let conflicts: Conflict[] = [];
    try {
      outcome = b.session.save();
      conflicts = outcome.conflicts;
      if (outcome.status === 'conflicts') outcome = b.session.resolveMerge(Object.fromEntries(conflicts.map((c) => [c.id, 'mine' as const])));
    } catch (error) {
      if ((error as { name?: string }).name !== 'PlanError') throw error;
      // Refused with a message: the file must still be A's save, and B's edits still in B's working copy.
      const lost = isDeepStrictEqual(plain(readChecked(file)), plain(savedByA)) ? [] : ['the file changed although the merge was refused'];
      if (!isDeepStrictEqual(plain(b.session.getPlan().plan), plain(theirs))) lost.push('Bình’s edits left the working copy when the merge was refused');
      return { editsMade: counts.made, editsRefused: counts.refused, merged: false, conflicts: conflicts.length, checked: 0, lost, mergeError: (error as Error).message };
    }
    if (outcome.status !== 'saved' && outcome.status !== 'unchanged') throw new Error(`the second save ended as ${outcome.status}`);
    const final = readChecked(file);
    const fromA = changesBetween(base, mine);
    const fromB = changesBetween(base, theirs);
    const lost: string[] = [];
    let checked = 0;
    for (const [changes, side, other, who] of [[fromA, mine, fromB, 'An'], [fromB, theirs, fromA, 'Bình']] as const) {
      for (const change of changes) {
        if (!untouched(change, side, base, other, conflicts)) continue;
        checked += 1;
        if (!holds(change, final)) lost.push(`${who}: ${change.entity} ${change.id} ${change.field} = ${JSON.stringify(change.value)}`);
      }
    }
    return { editsMade: counts.made, editsRefused: counts.refused, merged: outcome.merged, conflicts: conflicts.length, checked, lost, mergeError: null };
  } finally {
    a.session.close();
    b.session.close();
  }
}
