import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../core/errors';
import { CURRENT_SCHEMA_VERSION } from '../../../db/migrations';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { Database } from '../../../db/sqlite';
import { makeFixturePlan, snapshot, tempDir } from './fixtures';

/** A valid plan file in a fresh folder. */
function planFile(): { dir: string; file: string } {
  const dir = tempDir();
  return { dir, file: createPlanFile(path.join(dir, 'plan.tiendo'), makeFixturePlan()) };
}

/** Changes a plan file with a plain SQLite connection, as another tool would. */
function alter(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

const PAGE = (file: string) => fs.readFileSync(file).readUInt16BE(16);

type Case = [name: string, make: () => string, code: string, message: RegExp];

const NOT_A_PLAN = /^Tệp “.*” không phải tệp kế hoạch Tiến Độ\./;
const CORRUPT = /^Tệp “.*” bị hỏng/;

const cases: Case[] = [
  ['an empty file', () => write('rong.tiendo', ''), 'not-a-plan', NOT_A_PLAN],
  ['a text file', () => write('van-ban.tiendo', 'Kế hoạch 1049\n'.repeat(200)), 'not-a-plan', NOT_A_PLAN],
  ['random bytes', () => write('ngau-nhien.tiendo', crypto.randomBytes(16_384)), 'not-a-plan', NOT_A_PLAN],
  ['another application’s SQLite database', () => {
    const file = path.join(tempDir(), 'khac.sqlite');
    alter(file, 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1)');
    return file;
  }, 'not-a-plan', NOT_A_PLAN],
  ['a plan file truncated at a page boundary', () => {
    const { file } = planFile();
    fs.truncateSync(file, fs.statSync(file).size - PAGE(file));
    return file;
  }, 'corrupt', CORRUPT],
  ['a plan file truncated mid-page', () => {
    const { file } = planFile();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2) + 100);
    return file;
  }, 'corrupt', CORRUPT],
  ['a plan file with flipped bytes in a middle page', () => {
    const { file } = planFile();
    const bytes = fs.readFileSync(file);
    const pages = bytes.length / PAGE(file);
    const start = Math.floor(pages / 2) * PAGE(file);
    for (let i = 0; i < 8; i++) bytes[start + i] = bytes[start + i]! ^ 0xa5; // the b-tree page header
    fs.writeFileSync(file, bytes);
    return file;
  }, 'corrupt', CORRUPT],
  ['a newer schema version', () => {
    const { file } = planFile();
    alter(file, `PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    return file;
  }, 'newer-version', new RegExp(`được tạo bởi phiên bản Tiến Độ mới hơn \\(lược đồ ${CURRENT_SCHEMA_VERSION + 1}\\) — hãy cập nhật ứng dụng`)],
  ['an extra trigger', () => {
    const { file } = planFile();
    alter(file, 'CREATE TRIGGER xoa AFTER INSERT ON tasks BEGIN DELETE FROM links; END');
    return file;
  }, 'unexpected-schema', /chứa thành phần lạ .*trigger “xoa”/],
  ['a view', () => {
    const { file } = planFile();
    alter(file, 'CREATE VIEW v AS SELECT * FROM tasks');
    return file;
  }, 'unexpected-schema', /chứa thành phần lạ .*khung nhìn \(view\) “v”/],
  ['an extra table', () => {
    const { file } = planFile();
    alter(file, 'CREATE TABLE extra (x TEXT)');
    return file;
  }, 'unexpected-schema', /chứa thành phần lạ .*bảng “extra”/],
  ['an altered table', () => {
    const { file } = planFile();
    alter(file, 'ALTER TABLE tasks ADD COLUMN secret TEXT');
    return file;
  }, 'unexpected-schema', /bảng “tasks” \(định nghĩa đã bị thay đổi\)/],
  ['a dropped index', () => {
    const { file } = planFile();
    alter(file, 'DROP INDEX links_successor');
    return file;
  }, 'unexpected-schema', /thiếu thành phần .*chỉ mục “links_successor”/],
  ['a file left in WAL mode', () => {
    const { file } = planFile();
    alter(file, 'PRAGMA journal_mode = WAL');
    return file;
  }, 'not-a-plan', /chế độ ghi nhật ký WAL/],
  ['a directory', () => {
    const dir = path.join(tempDir(), 'thu-muc.tiendo');
    fs.mkdirSync(dir);
    return dir;
  }, 'not-a-plan', /^“.*thu-muc\.tiendo” là một thư mục, không phải tệp kế hoạch Tiến Độ\.$/],
  ['a missing path', () => path.join(tempDir(), 'khong-co.tiendo'), 'not-found', /^Không tìm thấy tệp “.*khong-co\.tiendo”\.$/],
];

function write(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('openPlanDatabase refuses bad files without touching them', () => {
  it.each(cases)('%s', (_name, make, code, message) => {
    const target = make();
    const dir = path.dirname(target);
    for (const readOnly of [false, true]) {
      const before = snapshot(dir);
      let error: unknown;
      try {
        openPlanDatabase(target, { readOnly }).close();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).code).toBe(code);
      expect((error as PlanError).message).toMatch(message);
      // Same names (no -journal/-wal/-shm created) and the same bytes.
      expect(snapshot(dir)).toEqual(before);
    }
  });
});

describe('openPlanDatabase accepts sound files', () => {
  it('opens read-only in place without changing the file', () => {
    const { dir, file } = planFile();
    const before = snapshot(dir);
    const db = openPlanDatabase(file, { readOnly: true });
    expect(readPlan(db)).toEqual(makeFixturePlan());
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(() => db.exec('DELETE FROM links')).toThrow();
    db.close();
    expect(snapshot(dir)).toEqual(before);
  });

  it('recovers a save interrupted mid-transaction (hot journal)', () => {
    const { file } = planFile();
    // Crash simulation: copy the file and its journal while a big write is uncommitted.
    const crashed = path.join(tempDir(), 'plan.tiendo');
    const db = new Database(file);
    db.pragma('cache_size = 1'); // spill changed pages to the file before commit
    db.exec('BEGIN');
    db.prepare("UPDATE tasks SET notes = ? WHERE id = 't-1'").run('x'.repeat(50_000));
    db.exec("DELETE FROM links; UPDATE plan_info SET title = 'chưa lưu'");
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-journal`, `${crashed}-journal`);
    db.exec('ROLLBACK');
    db.close();

    const dir = path.dirname(crashed);
    const before = snapshot(dir);
    const ro = openPlanDatabase(crashed, { readOnly: true });
    expect(readPlan(ro)).toEqual(makeFixturePlan());
    ro.close();
    expect(snapshot(dir)).toEqual(before); // read-only: recovered in memory only

    const rw = openPlanDatabase(crashed);
    expect(readPlan(rw)).toEqual(makeFixturePlan());
    rw.close();
    expect(fs.readdirSync(dir)).toEqual(['plan.tiendo']);
  });

  it('migrates an older file only after the checks (version 0 → current)', () => {
    const file = path.join(tempDir(), 'cu.tiendo');
    alter(file, 'PRAGMA application_id = 0x54445430');
    const db = openPlanDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });
});
