/**
 * Files from outside are untrusted. A corpus of bad files generated here:
 * each is refused with its Vietnamese message (or opened read-only, or
 * opened with its text kept as text), and nothing is written — the folder
 * holds the same bytes afterwards and the data folder keeps no copy.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../core/model';
import { schedulePlan } from '../../../../core/schedule';
import { diskIo, type SaveIo } from '../../../../db/document/atomicSave';
import { CURRENT_SCHEMA_VERSION } from '../../../../db/migrations';
import { Database } from '../../../../db/sqlite';
import { writeOldPlanFile } from '../fixtures';
import { companions, edit, makeFixturePlan, planFile, snapshot, someone, tempDir } from './helpers';

const unlock: string[] = [];
afterEach(() => {
  for (const f of unlock.splice(0)) makeWritable(f);
});

function raw(file: string, work: (db: InstanceType<typeof Database>) => void): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    work(db);
  } finally {
    db.close();
  }
}

function goodFile(dir: string, name: string, plan: Plan = makeFixturePlan()): string {
  return planFile(dir, name, plan);
}

const PAGE = 4096;
const BAD_FILES: [name: string, make: (dir: string) => string, code: string, message: RegExp][] = [
  ['an empty file', (d) => write(d, 'rong.tiendo', ''), 'not-a-plan', /không phải tệp kế hoạch Tiến Độ/u],
  ['a text file', (d) => write(d, 'van-ban.tiendo', 'Kế hoạch triển khai\tSTT\n1\tKhảo sát'), 'not-a-plan', /không phải tệp kế hoạch Tiến Độ/u],
  ['a file cut mid-page', (d) => cut(goodFile(d, 'cut.tiendo'), 1.5), 'corrupt', /bị hỏng \(tệp bị cắt cụt\)/u],
  ['a file missing its last pages', (d) => cut(goodFile(d, 'thieu.tiendo'), 3), 'corrupt', /bị hỏng/u],
  ['flipped bytes in a page', (d) => flipTasksPage(goodFile(d, 'lat-bit.tiendo')), 'corrupt', /bị hỏng/u],
  ['another application’s SQLite file', (d) => sqlite(goodFile(d, 'khac.tiendo'), 'PRAGMA application_id = 1234'), 'not-a-plan', /không phải tệp kế hoạch Tiến Độ/u],
  ['a file in WAL mode', (d) => sqlite(goodFile(d, 'wal.tiendo'), 'PRAGMA journal_mode = WAL'), 'not-a-plan', /chế độ ghi nhật ký WAL/u],
  ['an extra trigger', (d) => sqlite(goodFile(d, 'trigger.tiendo'), "CREATE TRIGGER t AFTER UPDATE ON tasks BEGIN DELETE FROM links; END"), 'unexpected-schema', /thành phần lạ.*trigger “t”/u],
  ['a view', (d) => sqlite(goodFile(d, 'view.tiendo'), 'CREATE VIEW v AS SELECT name FROM tasks'), 'unexpected-schema', /khung nhìn \(view\) “v”/u],
  ['an extra table', (d) => sqlite(goodFile(d, 'bang.tiendo'), 'CREATE TABLE spy (x TEXT)'), 'unexpected-schema', /bảng “spy”/u],
  ['a 10 MB task name', (d) => sqlite(goodFile(d, 'ten-dai.tiendo'), `UPDATE tasks SET name = '${'A'.repeat(10_000_000)}' WHERE id = 't-1'`), 'invalid-data', /Công việc STT 1 \(“A{40}…”\) — Tên/u],
  ['an invalid date', (d) => sqlite(goodFile(d, 'ngay.tiendo'), "UPDATE tasks SET actual_start = '2026-02-30' WHERE id = 't-2'"), 'invalid-data', /Công việc STT 2 .*Bắt đầu thực tế/u],
  ['an empty work week', (d) => sqlite(goodFile(d, 'tuan-rong.tiendo'), 'UPDATE calendar_settings SET monday = 0, tuesday = 0, wednesday = 0, thursday = 0, friday = 0, saturday = 0, sunday = 0'), 'invalid-data', /Lịch làm việc: tuần làm việc phải có ít nhất một ngày/u],
  ['a link to a missing task', (d) => sqlite(goodFile(d, 'lien-ket.tiendo'), "PRAGMA foreign_keys = OFF; INSERT INTO links VALUES ('l-x', 't-1', 't-khong-co', 'FS', 0)"), 'invalid-data', /công việc sau không tồn tại \(“t-khong-co”\)/u],
  ['a newer file whose tables this version cannot read', (d) => sqlite(goodFile(d, 'moi-la.tiendo'), `ALTER TABLE tasks RENAME COLUMN notes TO ghi_chu; PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`), 'newer-version', /phiên bản Tiến Độ mới hơn .* — hãy cập nhật ứng dụng/u],
  ['a negative user_version', (d) => sqlite(goodFile(d, 'am.tiendo'), 'PRAGMA user_version = -7'), 'corrupt', /không phải kế hoạch Tiến Độ hợp lệ: .*\(user_version = -7\).* bị hỏng/u],
  ['user_version −2³¹ (a header bit flip)', (d) => sqlite(goodFile(d, 'lat-dau.tiendo'), 'PRAGMA user_version = -2147483648'), 'corrupt', /\(user_version = -2147483648\)/u],
  ['a directory', (d) => mkdir(d, 'thu-muc.tiendo'), 'not-a-plan', /là một thư mục/u],
  ['a missing file', (d) => path.join(d, 'khong-co.tiendo'), 'not-found', /Không tìm thấy tệp/u],
];

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
function mkdir(dir: string, name: string): string {
  fs.mkdirSync(path.join(dir, name));
  return path.join(dir, name);
}
function cut(file: string, pages: number): string {
  fs.writeFileSync(file, fs.readFileSync(file).subarray(0, Math.floor(pages * PAGE)));
  return file;
}
function sqlite(file: string, sql: string): string {
  raw(file, (db) => db.exec(sql));
  return file;
}
function flipTasksPage(file: string): string {
  let root = 0;
  raw(file, (db) => (root = Number(db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'tasks'").pluck().get())));
  const bytes = fs.readFileSync(file);
  for (let i = 0; i < 8; i++) bytes[(root - 1) * PAGE + i] = 0xff - bytes[(root - 1) * PAGE + i]!; // the b-tree page header
  fs.writeFileSync(file, bytes);
  return file;
}

function makeReadOnly(file: string): void {
  // root ignores permission bits: the immutable attribute is respected even by root.
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', file]);
  else fs.chmodSync(file, 0o444);
  unlock.push(file);
}
function makeWritable(file: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', file]);
  else fs.chmodSync(file, 0o644);
}

describe('hostile files', () => {
  it.each(BAD_FILES)('refuses %s with its message and writes nothing', (_name, make, code, message) => {
    const dir = tempDir();
    const file = make(dir);
    const before = snapshot(dir);
    const p = someone('Lan', 'MAY-LAN');
    let error: unknown;
    try {
      p.session.open(file);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
    // the user's own file is named (row problems are listed instead), never our private copy
    if (code !== 'invalid-data') expect((error as Error).message).toContain(file);
    expect((error as Error).message).not.toContain(p.dataDir);
    expect((error as Error).message.length).toBeLessThan(3000);
    expect(snapshot(dir)).toEqual(before);
    expect(fs.readdirSync(path.join(p.dataDir, 'documents'))).toEqual([]);
    expect(p.session.isOpen).toBe(false);
  }, 120_000); // the 10 MB name takes seconds on a loaded machine

  it.each(BAD_FILES)('merging %s as a colleague’s copy refuses it the same way and changes nothing', (_name, make, code, message) => {
    const dir = tempDir();
    const file = make(dir);
    const before = snapshot(dir);
    const p = someone('Lan', 'MAY-LAN');
    const plan = p.session.open(planFile()).plan;
    let error: unknown;
    try {
      p.session.mergeColleagueCopy(file);
    } catch (e) {
      error = e;
    }
    // a newer file opens read-only, but no merge can read its tables as ours: refused
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
    if (code !== 'invalid-data') expect((error as Error).message).toContain(file);
    expect((error as Error).message).not.toContain(p.dataDir);
    expect(snapshot(dir)).toEqual(before);
    expect(p.session.getPlan().plan).toEqual(plan);
    expect(p.session.state()).toMatchObject({ dirty: false, pendingMerge: false });
  }, 120_000);

  it('opens a file from a newer version read-only, with the message to update', () => {
    const dir = tempDir();
    const file = sqlite(goodFile(dir, 'moi.tiendo'), `PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    const before = snapshot(dir);
    const p = someone('Lan', 'MAY-LAN');
    expect(p.session.open(file).plan).toEqual(makeFixturePlan());
    expect(p.session.state()).toMatchObject({
      readOnly: true,
      readOnlyReason: 'newer-version',
      notice: `Tệp “${file}” được tạo bởi phiên bản Tiến Độ mới hơn (lược đồ ${CURRENT_SCHEMA_VERSION + 1}) — hãy cập nhật ứng dụng.`,
    });
    expect(() => edit(p, { op: 'updateTask', taskId: 't-1', changes: { name: 'x' } })).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(() => p.session.save()).toThrow(expect.objectContaining({ code: 'read-only', message: expect.stringMatching(/hãy cập nhật ứng dụng/u) }));
    expect(() => p.session.saveAs(path.join(dir, 'khac.tiendo'))).toThrow(expect.objectContaining({ code: 'read-only' }));
    p.session.close();
    expect(snapshot(dir)).toEqual(before);
  });

  it('migrates an older file on the working copy only', () => {
    const dir = tempDir();
    const file = writeOldPlanFile(path.join(dir, 'cu.tiendo'), makeFixturePlan(), 1);
    const before = snapshot(dir);
    const p = someone('Lan', 'MAY-LAN');
    expect(p.session.open(file).plan).toEqual(makeFixturePlan());
    expect(p.session.state().dirty).toBe(false);
    p.session.close();
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps HTML and script in every text field as plain text, through open and save', () => {
    const nasty = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '"\'&<>\u0000?', '{{constructor.constructor("alert(1)")()}}'];
    const plan = makeFixturePlan();
    const pick = (i: number) => `${nasty[i % nasty.length]} ${i}`;
    let i = 0;
    for (const key of ['title', 'number', 'placeAndDate', 'organisation', 'signer'] as const) plan.info[key] = pick(i++);
    for (const t of plan.tasks) Object.assign(t, { name: pick(i++), windowText: pick(i++), deliverable: pick(i++), notes: pick(i++) });
    plan.units.forEach((u) => (u.name = pick(i++)));
    plan.calendar.holidays.forEach((h) => (h.name = pick(i++)));
    const dir = tempDir();
    const file = goodFile(dir, 'html.tiendo', plan);
    const p = someone('Lan', 'MAY-LAN');
    expect(p.session.open(file).plan).toEqual(plan);
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { percentComplete: 10 } });
    p.session.save();
    p.session.close();
    const q = someone('Lan', 'MAY-LAN');
    const reopened = q.session.open(file).plan;
    expect(reopened.tasks.find((t) => t.id === 't-2')!.name).toBe(plan.tasks[1]!.name);
    expect(reopened.info).toEqual(plan.info);
  });

  it('opens a plan whose links form a cycle: the file is readable, the schedule reports the cycle', () => {
    const plan = makeFixturePlan();
    plan.links.push({ id: 'l-back', predecessorId: 't-3', successorId: 't-1', type: 'FS', lag: 0 });
    const p = someone('Lan', 'MAY-LAN');
    const opened = p.session.open(goodFile(tempDir(), 'vong.tiendo', plan)).plan;
    expect(opened.links).toHaveLength(4);
    expect(schedulePlan(opened).result).toMatchObject({ ok: false, error: 'cycle' });
  });

  it('opens a read-only file read-only; Save As elsewhere carries on', () => {
    const dir = tempDir();
    const file = goodFile(dir, 'chi-doc.tiendo');
    makeReadOnly(file);
    const before = snapshot(dir);
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(file);
    expect(p.session.state()).toMatchObject({ readOnly: true, readOnlyReason: 'file-read-only' });
    expect(() => p.session.save()).toThrow(expect.objectContaining({ code: 'read-only', message: expect.stringMatching(/Lưu thành/u) }));
    expect(snapshot(dir)).toEqual(before); // no lock beside a file we will not write
    const other = path.join(dir, 'ban-sua.tiendo');
    p.session.saveAs(other);
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'sửa sau khi lưu thành' } });
    expect(p.session.save().status).toBe('saved');
    expect(fs.readFileSync(file)).toEqual(before.get('chi-doc.tiendo'));
  });

  it('a full disk during Save (simulated: ENOSPC injected into the save path) leaves the original and nothing else', () => {
    for (const failing of ['vacuumInto', 'fsync', 'rename'] as const) {
      const dir = tempDir();
      const file = goodFile(dir, 'day-dia.tiendo');
      const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const io: SaveIo = {
        ...diskIo,
        [failing]: (...args: [never, string]) => {
          if (failing === 'vacuumInto') fs.writeFileSync(args[1], Buffer.alloc(1000)); // a partly written temporary file
          throw enospc();
        },
      };
      const p = someone('Lan', 'MAY-LAN', { saveIo: io });
      p.session.open(file);
      const before = snapshot(dir);
      edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'chưa lưu được' } });
      expect(() => p.session.save()).toThrow(
        expect.objectContaining({ code: 'disk-full', message: `Không đủ dung lượng đĩa để lưu “${file}”. Tệp gốc không bị thay đổi. Hãy giải phóng dung lượng rồi lưu lại.` }),
      );
      expect(snapshot(dir)).toEqual(before);
      expect(companions(dir)).toEqual([]);
      expect(p.session.state().dirty).toBe(true); // the edit is still in the working copy
    }
  });
});
