/** Turning raw row conflicts into what the user is shown (labels, display text). */
import type { Link } from '../model';
import { FIELD_LABELS } from '../fieldLabels';
import type { PlanLookup } from './labels';
import type { RowConflict } from './threeWay';
import type { Conflict, ConflictEntity, ConflictKind } from './types';

export function conflictId(entity: ConflictEntity, entityId: string, field: string): string {
  return `${entity}:${entityId}:${field}`;
}

export function makeConflict(
  lookup: PlanLookup,
  kind: ConflictKind,
  entity: ConflictEntity,
  entityId: string,
  field: string,
  label: string,
  values: { base: unknown; mine: unknown; theirs: unknown },
): Conflict {
  const shown = (value: unknown) => lookup.display(field, value);
  return {
    id: conflictId(entity, entityId, field),
    kind,
    entity,
    entityId,
    field,
    label,
    fieldLabel: FIELD_LABELS[field] ?? field,
    ...values,
    display: { base: shown(values.base), mine: shown(values.mine), theirs: shown(values.theirs) },
  };
}

export function rowConflict<T>(lookup: PlanLookup, entity: ConflictEntity, conflict: RowConflict<T>): Conflict {
  const { base, mine, theirs } = conflict;
  return makeConflict(lookup, conflict.kind, entity, conflict.id, conflict.group, rowLabel(lookup, entity, conflict), { base, mine, theirs });
}

function rowLabel<T>(lookup: PlanLookup, entity: ConflictEntity, conflict: RowConflict<T>): string {
  switch (entity) {
    case 'task':
      return lookup.taskLabel(conflict.id);
    case 'unit':
      return lookup.unitLabel(conflict.id);
    case 'link': {
      const row = (conflict.rows.mine ?? conflict.rows.theirs ?? conflict.rows.base) as Link | null;
      return row ? lookup.linkLabel(row) : `Liên kết “${conflict.id}”`;
    }
    case 'calendar':
      return `Lịch làm việc — ngày ${lookup.display('date', conflict.id)}`;
    case 'baseline':
      return `Kế hoạch gốc số ${conflict.id}`;
    default:
      return 'Thông tin kế hoạch';
  }
}
