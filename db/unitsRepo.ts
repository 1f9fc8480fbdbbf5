/** Units (đơn vị), kept in the order of the plan's list (`position`). */
import type { Unit } from '../core/model';
import type { Db } from './sqlite';

export function readUnitRows(db: Db): Record<string, unknown>[] {
  return db
    .prepare('SELECT id, name, recipient_order AS recipientOrder FROM units ORDER BY position')
    .all() as Record<string, unknown>[];
}

export function insertUnits(db: Db, units: readonly Unit[]): void {
  const insert = db.prepare(
    'INSERT INTO units (id, position, name, recipient_order) VALUES (@id, @position, @name, @recipientOrder)',
  );
  units.forEach((unit, i) => insert.run({ ...unit, position: i + 1 }));
}
