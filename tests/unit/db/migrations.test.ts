import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, referenceSchema } from '../../../db/migrations';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { createPlanFile } from '../../../db/planStore';
import { SCHEMA_INDEXES, SCHEMA_TABLES, TIENDO_APPLICATION_ID } from '../../../db/schema';
import { Database, configureWritable } from '../../../db/sqlite';
import { makeFixturePlan, tempDir } from './fixtures';

describe('migrations', () => {
  it('numbers migrations 1..n', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('builds a fresh file: version, application id, tables, foreign keys, DELETE journal', () => {
    const file = path.join(tempDir(), 'moi.tiendo');
    const db = new Database(file);
    configureWritable(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(TIENDO_APPLICATION_ID);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([...SCHEMA_TABLES].sort());
    for (const table of SCHEMA_TABLES) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table)).toBe(1);
    }
    db.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['moi.tiendo']);
  });

  it('is idempotent: migrating a current file changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = db.prepare('SELECT sql FROM sqlite_schema').pluck().all();
    migrate(db);
    expect(db.prepare('SELECT sql FROM sqlite_schema').pluck().all()).toEqual(before);
    db.close();
  });

  it('exports the exact list of schema objects the opener expects', () => {
    const names = referenceSchema(CURRENT_SCHEMA_VERSION).map((o) => o.name);
    const named = names.filter((n) => !n.startsWith('sqlite_autoindex_'));
    expect(named.sort()).toEqual([...SCHEMA_TABLES, ...SCHEMA_INDEXES].sort());
    expect(referenceSchema(0)).toEqual([]);
  });

  it('leaves no -journal, -wal or -shm file beside a plan after editing and closing', () => {
    const dir = tempDir();
    const file = createPlanFile(path.join(dir, 'ke-hoach.tiendo'), makeFixturePlan());
    const db = openPlanDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.prepare("UPDATE tasks SET name = 'Đổi tên' WHERE id = 't-1'").run();
    expect(fs.readdirSync(dir)).toEqual(['ke-hoach.tiendo']);
    db.close();
    expect(fs.readdirSync(dir)).toEqual(['ke-hoach.tiendo']);
  });
});
