/** Dependency links between tasks, in insertion order (they have no order of their own). */
import type { Link } from '../core/model';
import type { Db } from './sqlite';

export function readLinkRows(db: Db): Record<string, unknown>[] {
  return db
    .prepare('SELECT id, predecessor_id AS predecessorId, successor_id AS successorId, type, lag FROM links ORDER BY rowid')
    .all() as Record<string, unknown>[];
}

export function insertLinks(db: Db, links: readonly Link[]): void {
  const insert = db.prepare(
    'INSERT INTO links (id, predecessor_id, successor_id, type, lag) VALUES (@id, @predecessorId, @successorId, @type, @lag)',
  );
  for (const link of links) insert.run(link);
}
