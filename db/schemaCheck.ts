/**
 * Refuses a file whose schema is not exactly the one our migrations build:
 * an extra trigger or view could run code on every edit, an altered table
 * could break writes in ways validation cannot foresee.
 */
import { PlanError } from '../core/errors';
import { readSchemaObjects, referenceSchema, type SchemaObject } from './migrations';
import type { Db } from './sqlite';

const TYPE_NAMES: Record<string, string> = {
  table: 'bảng',
  index: 'chỉ mục',
  view: 'khung nhìn (view)',
  trigger: 'trigger',
};

function describe(object: SchemaObject): string {
  return `${TYPE_NAMES[object.type] ?? object.type} “${object.name}”`;
}

const key = (object: SchemaObject): string => `${object.type}\u0000${object.name}`;

/** Throws PlanError 'unexpected-schema' unless `db` holds exactly the objects of schema `version`. */
export function checkSchemaObjects(db: Db, version: number, file: string): void {
  const expected = new Map(referenceSchema(version).map((object) => [key(object), object]));
  const found = readSchemaObjects(db);
  const strange: string[] = [];
  for (const object of found) {
    const reference = expected.get(key(object));
    if (!reference) strange.push(describe(object));
    else if (reference.sql !== object.sql || reference.tbl_name !== object.tbl_name) {
      strange.push(`${describe(object)} (định nghĩa đã bị thay đổi)`);
    }
    expected.delete(key(object));
  }
  if (strange.length > 0) {
    throw new PlanError(
      'unexpected-schema',
      { file, reason: 'strange', objects: strange.join(', ') },
      { objects: strange },
    );
  }
  if (expected.size > 0) {
    const missing = [...expected.values()].map(describe);
    throw new PlanError(
      'unexpected-schema',
      { file, reason: 'missing', objects: missing.join(', ') },
      { objects: missing },
    );
  }
}
