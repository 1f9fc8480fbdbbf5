/**
 * The generic part of the merge: deep equality, the three-way rule for one
 * value, and the merge of rows keyed by a stable id, field group by field
 * group. Knows nothing of tasks or units; mergePlans.ts supplies the specs.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => deepEqual(value, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as never)[k], (b as never)[k]));
}

export type ValueMerge<V> = { ok: true; value: V } | { ok: false };

/** The classic rule: whoever changed it wins; both changed alike is no conflict. */
export function mergeValue<V>(base: V | undefined, mine: V, theirs: V): ValueMerge<V> {
  if (deepEqual(mine, theirs)) return { ok: true, value: mine };
  if (base !== undefined && deepEqual(mine, base)) return { ok: true, value: theirs };
  if (base !== undefined && deepEqual(theirs, base)) return { ok: true, value: mine };
  return { ok: false };
}

/** Fields that only make sense together (a window's text and its dates) are merged as one. */
export interface FieldGroup<T> {
  name: string;
  fields: readonly (keyof T & string)[];
  /** A custom merge that never conflicts (e.g. a set); default is mergeValue on the group. */
  merge?: (base: T | undefined, mine: T, theirs: T) => Partial<T>;
}

export interface RowConflict<T> {
  kind: 'field' | 'deleted';
  id: string;
  group: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** The rows as each side has them (null: deleted or never added). */
  rows: { base: T | null; mine: T | null; theirs: T | null };
}

export interface RowMergeSpec<T> {
  id: (row: T) => string;
  groups: readonly FieldGroup<T>[];
  /** Rows a side "edited" without changing their own fields (e.g. by linking to them). */
  touchedByMine?: ReadonlySet<string>;
  touchedByTheirs?: ReadonlySet<string>;
}

export interface RowMergeResult<T> {
  /** Merged rows by id, conflicts provisionally resolved as "mine" (a deleted-vs-edited row is kept). */
  rows: Map<string, T>;
  conflicts: RowConflict<T>[];
}

export function groupValue<T>(row: T, group: FieldGroup<T>): unknown {
  if (group.fields.length === 1) return row[group.fields[0]!];
  return Object.fromEntries(group.fields.map((f) => [f, row[f]]));
}

export function setGroupValue<T>(row: T, group: FieldGroup<T>, value: unknown): T {
  if (group.fields.length === 1) return { ...row, [group.fields[0]!]: value };
  return { ...row, ...(value as Partial<T>) };
}

export function mergeRows<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], spec: RowMergeSpec<T>): RowMergeResult<T> {
  const index = (rows: readonly T[]) => new Map(rows.map((row) => [spec.id(row), row]));
  const [b, m, t] = [index(base), index(mine), index(theirs)];
  const rows = new Map<string, T>();
  const conflicts: RowConflict<T>[] = [];
  const ids = new Set([...b.keys(), ...m.keys(), ...t.keys()]);
  for (const id of ids) {
    const [rb, rm, rt] = [b.get(id), m.get(id), t.get(id)];
    if (rm && rt) {
      const merged = mergeFields(id, rb, rm, rt, spec.groups, conflicts);
      rows.set(id, merged);
    } else if (!rb) {
      rows.set(id, (rm ?? rt)!); // added on one side only
    } else if (rm || rt) {
      // Deleted on one side: the deletion wins unless the other side edited the row.
      const kept = (rm ?? rt)!;
      const touched = rm ? spec.touchedByMine?.has(id) : spec.touchedByTheirs?.has(id);
      if (deepEqual(kept, rb) && !touched) continue;
      rows.set(id, kept);
      conflicts.push({ kind: 'deleted', id, group: '*', base: rb, mine: rm ?? null, theirs: rt ?? null, rows: { base: rb, mine: rm ?? null, theirs: rt ?? null } });
    }
    // deleted on both sides: gone
  }
  return { rows, conflicts };
}

function mergeFields<T>(id: string, rb: T | undefined, rm: T, rt: T, groups: readonly FieldGroup<T>[], conflicts: RowConflict<T>[]): T {
  let merged = { ...rm };
  for (const group of groups) {
    if (group.merge) {
      merged = { ...merged, ...group.merge(rb, rm, rt) };
      continue;
    }
    const vb = rb === undefined ? undefined : groupValue(rb, group);
    const vm = groupValue(rm, group);
    const vt = groupValue(rt, group);
    const result = mergeValue(vb, vm, vt);
    if (result.ok) merged = setGroupValue(merged, group, result.value);
    else conflicts.push({ kind: 'field', id, group: group.name, base: vb ?? null, mine: vm, theirs: vt, rows: { base: rb ?? null, mine: rm, theirs: rt } });
  }
  return merged;
}

/**
 * Three-way merge of a list treated as a set (coordinating units): an
 * element added by either side is in, one removed by either side is out.
 * Mine's order first, theirs' additions after.
 */
export function mergeIdSet(base: readonly string[] | undefined, mine: readonly string[], theirs: readonly string[]): string[] {
  if (deepEqual(mine, theirs)) return [...mine];
  if (base && deepEqual(mine, base)) return [...theirs];
  if (base && deepEqual(theirs, base)) return [...mine];
  const inBase = new Set(base ?? []);
  const removedByTheirs = new Set([...inBase].filter((id) => !theirs.includes(id)));
  const result = mine.filter((id) => !removedByTheirs.has(id));
  for (const id of theirs) if (!inBase.has(id) && !result.includes(id)) result.push(id);
  return result;
}
