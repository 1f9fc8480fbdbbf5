/**
 * A colleague with write access to the shared folder can put anything where
 * a plan, its journal or its lock belongs. Every read goes through one
 * checked reader: a FIFO, a device, a socket or a symlink loop is refused
 * with a clear message by open, colleague-merge, Save-merge and import —
 * never a hang (a watchdog kills the test process if one blocks), never a
 * raw Node error. The lock is never written through a link.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/api/dispatch';
import { LOCK_HEARTBEAT_MS, LOCK_STALE_MS, PlanLock, lockPathFor, readLock } from '../../../../db/document/lock';
import { createApiHandlers } from '../../../../db/handlers';
import { Database } from '../../../../db/sqlite';
import { createTestHost } from '../../../support/testHost';
import { edit, NOW, planFile, snapshot, someone, tempDir } from './helpers';

/** Runs `work`; if it blocks for `ms`, a separate process kills this one, so a regression fails instead of hanging. */
function guarded<T>(work: () => T, ms = 15_000): T {
  const watchdog = spawn(process.execPath, ['-e', `setTimeout(() => { try { process.kill(${process.pid}, 'SIGKILL') } catch {} }, ${ms})`], { stdio: 'ignore' });
  try {
    return work();
  } finally {
    watchdog.kill('SIGKILL');
  }
}

const servers: net.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function socketAt(file: string): Promise<string> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(file, resolve));
  return file;
}

function fifoAt(file: string): string {
  execFileSync('mkfifo', [file]);
  return file;
}

function linkAt(file: string, target: string): string {
  fs.symlinkSync(target, file);
  return file;
}

/** Each makes, in `dir`, something at `name` that is not a plain file. */
const SPECIAL: [kind: string, make: (dir: string, name: string) => string | Promise<string>, message: RegExp][] = [
  ['a FIFO', (d, n) => fifoAt(path.join(d, n)), /không phải một tệp thông thường/u],
  ['a link to a FIFO', (d, n) => linkAt(path.join(d, n), fifoAt(path.join(d, 'ong.fifo'))), /không phải một tệp thông thường/u],
  ['a link to /dev/zero', (d, n) => linkAt(path.join(d, n), '/dev/zero'), /không phải một tệp thông thường/u],
  ['a socket', (d, n) => socketAt(path.join(d, n)), /không phải một tệp thông thường/u],
  ['a symlink loop', (d, n) => (linkAt(path.join(d, 'vong-b'), path.join(d, n)), linkAt(path.join(d, n), path.join(d, 'vong-b'))), /vòng liên kết tượng trưng|trỏ vòng về chính nó/u],
];

/** A link is followed to the file it names (realPath.ts): the message names the link or its target. */
function namesFileOrTarget(file: string): RegExp {
  let target = file;
  try {
    target = path.resolve(path.dirname(file), fs.readlinkSync(file));
  } catch {
    // not a link
  }
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`“(${quote(file)}|${quote(target)})”`, 'u');
}

function failure(work: () => unknown): { code: string; message: string } {
  try {
    guarded(work);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('special files are refused, never read', () => {
  it.each(SPECIAL)('open refuses %s with a clear message and leaves nothing behind', async (_kind, make, message) => {
    const file = await make(tempDir(), 'dac-biet.tiendo');
    const p = someone('Lan', 'MAY-LAN');
    const error = failure(() => p.session.open(file));
    expect(error).toMatchObject({ message: expect.stringMatching(message) });
    expect(error.message).toMatch(namesFileOrTarget(file));
    expect(error.message).not.toMatch(/ELOOP|ENXIO|Lỗi không mong đợi/u);
    expect(fs.readdirSync(path.join(p.dataDir, 'documents'))).toEqual([]);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  it.each(SPECIAL)('merging a colleague’s copy refuses %s; the open plan is untouched', async (_kind, make, message) => {
    const dir = tempDir();
    const mine = planFile(dir);
    const theirs = await make(dir, 'ban-cua-Hung.tiendo');
    const p = someone('Lan', 'MAY-LAN');
    const plan = p.session.open(mine).plan;
    const error = failure(() => p.session.mergeColleagueCopy(theirs));
    expect(error).toMatchObject({ message: expect.stringMatching(message) });
    expect(error.message).toMatch(namesFileOrTarget(theirs));
    expect(p.session.getPlan().plan).toEqual(plan);
    expect(p.session.state()).toMatchObject({ dirty: false, pendingMerge: false });
  });

  it.each(SPECIAL)('Save refuses an original replaced by %s and keeps the edit', async (_kind, make, message) => {
    const dir = tempDir();
    const file = planFile(dir);
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(file);
    const edited = edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'chưa lưu' } });
    fs.rmSync(file);
    await make(dir, path.basename(file));
    const error = failure(() => p.session.save());
    expect(error).toMatchObject({ message: expect.stringMatching(message) });
    expect(error.message).not.toMatch(/ELOOP|ENXIO|Lỗi không mong đợi/u);
    expect(p.session.getPlan().plan).toEqual(edited);
    expect(p.session.state().dirty).toBe(true);
    // Save As elsewhere still rescues the edit
    p.session.saveAs(path.join(dir, 'cuu.tiendo'));
    expect(someone('Hùng', 'MAY-HUNG').session.open(path.join(dir, 'cuu.tiendo'), { mode: 'readOnly' }).plan).toEqual(edited);
  });

  it.each(SPECIAL)('import refuses %s', async (_kind, make, message) => {
    const dir = tempDir();
    const source = await make(dir, 'bang.csv');
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(planFile(dir));
    const host = createTestHost();
    host.openAnswers.push(source);
    const handlers = createApiHandlers(p.session, host);
    const response = await guarded(() => dispatch(handlers, 'previewImport', [{ kind: 'file' }]));
    expect(response).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
  });

  it('a hot journal that is a FIFO is refused, not waited on', () => {
    const dir = tempDir();
    const file = planFile(dir);
    fifoAt(`${file}-journal`);
    const p = someone('Lan', 'MAY-LAN');
    // a FIFO has size 0 and a journal is only read when non-empty: it is no journal, the plan opens
    expect(guarded(() => p.session.open(file)).plan.tasks).toHaveLength(4);
  });

  it('a plan over the size limit (sparse 1.5 GiB and 2.2 GB files) is refused with its size, in Vietnamese', () => {
    for (const size of [1.5 * 1024 ** 3, 2_199_998_464]) {
      const dir = tempDir();
      const file = path.join(dir, 'khong-lo.tiendo');
      fs.writeFileSync(file, '');
      fs.truncateSync(file, size);
      const p = someone('Lan', 'MAY-LAN');
      const error = failure(() => p.session.open(file));
      expect(error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/quá lớn \(.* GB, giới hạn 1 GB\)/u) });
      expect(error.message).not.toMatch(/greater than|File size/u);
      const q = someone('Lan', 'MAY-LAN');
      q.session.open(planFile(dir, 'cua-toi.tiendo'));
      expect(failure(() => q.session.mergeColleagueCopy(file))).toMatchObject({ code: 'too-large' });
    }
  });

  it('a NUL byte in a path gets a clear message from open, merge and import', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'ten\0la.tiendo');
    const p = someone('Lan', 'MAY-LAN');
    expect(failure(() => p.session.open(bad))).toMatchObject({ code: 'cannot-open', message: expect.stringMatching(/ký tự NUL/u) });
    p.session.open(planFile(dir));
    expect(failure(() => p.session.mergeColleagueCopy(bad))).toMatchObject({ message: expect.stringMatching(/ký tự NUL/u) });
    const host = createTestHost();
    host.openAnswers.push(bad);
    const response = await dispatch(createApiHandlers(p.session, host), 'previewImport', [{ kind: 'file' }]);
    expect(response).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ký tự NUL/u) } });
  });
});

describe('the lock file cannot be turned against its holder', () => {
  it('a symlink put at the lock path is replaced by the heartbeat, its target never written', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const victim = path.join(tempDir(), 'quan-trong.txt');
    fs.writeFileSync(victim, 'dữ liệu quan trọng');
    const lock = PlanLock.acquire(file, createTestHost({ computer: 'MAY-LAN', now: () => NOW }));
    try {
      fs.rmSync(lockPathFor(file));
      fs.symlinkSync(victim, lockPathFor(file));
      lock.refresh();
      expect(fs.readFileSync(victim, 'utf8')).toBe('dữ liệu quan trọng');
      expect(fs.lstatSync(lockPathFor(file)).isSymbolicLink()).toBe(false);
      expect(readLock(file)?.info?.token).toBe(lock.token);
      expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      lock.release();
    }
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  it('a symlink at the lock path is not followed when opening: it counts as an unreadable lock', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const victim = path.join(tempDir(), 'quan-trong.txt');
    fs.writeFileSync(victim, 'dữ liệu quan trọng');
    fs.symlinkSync(victim, lockPathFor(file));
    const old = new Date(NOW.getTime() - 120_000); // older than the minute an unreadable lock is given
    fs.lutimesSync(lockPathFor(file), old, old);
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(file);
    expect(fs.readFileSync(victim, 'utf8')).toBe('dữ liệu quan trọng');
    expect(fs.lstatSync(lockPathFor(file)).isFile()).toBe(true);
  });

  it('a folder at the lock path: a clear refusal, and “Mở dù sao” still opens (without a lock)', () => {
    const dir = tempDir();
    const file = planFile(dir);
    fs.mkdirSync(lockPathFor(file));
    const p = someone('Lan', 'MAY-LAN');
    expect(() => p.session.open(file)).toThrow(expect.objectContaining({ code: 'locked', message: expect.stringMatching(/đã có một thư mục cùng tên/u) }));
    p.session.open(file, { mode: 'anyway' });
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'mở dù sao' } });
    expect(p.session.save().status).toBe('saved');
    p.session.close();
    expect(fs.statSync(lockPathFor(file)).isDirectory()).toBe(true); // not ours to delete
  });

  it('a lock dated far in the future is stale after the usual period', () => {
    const file = planFile();
    const future = new Date(NOW.getTime() + LOCK_STALE_MS + LOCK_HEARTBEAT_MS).toISOString();
    const lock = { app: 'tien-do', user: 'Kẻ xấu', computer: 'MAY-KHAC', pid: 1, since: future, heartbeat: future, token: 'x' };
    fs.writeFileSync(lockPathFor(file), JSON.stringify(lock));
    const inFuture = new Date(NOW.getTime() + LOCK_STALE_MS + LOCK_HEARTBEAT_MS);
    fs.utimesSync(lockPathFor(file), inFuture, inFuture); // the file's own time forged too
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(file);
    expect(readLock(file)?.info?.user).toBe('Lan');
  });

  it('a lock dated slightly in the future (clock skew) still holds', () => {
    const file = planFile();
    const soon = new Date(NOW.getTime() + 3_600_000).toISOString();
    const lock = { app: 'tien-do', user: 'Hùng', computer: 'MAY-HUNG', pid: 1, since: soon, heartbeat: soon, token: 'x' };
    fs.writeFileSync(lockPathFor(file), JSON.stringify(lock));
    const p = someone('Lan', 'MAY-LAN');
    expect(() => p.session.open(file)).toThrow(expect.objectContaining({ code: 'locked' }));
  });

});

/** Leaves `file` as a crash mid-write leaves it: uncommitted pages spilled into it, the hot journal beside it. */
function crashMidWrite(file: string): void {
  const scratch = path.join(tempDir(), 'dang-ghi.tiendo');
  fs.copyFileSync(file, scratch);
  const db = new Database(scratch);
  db.pragma('cache_size = 1'); // spill changed pages to the file before commit
  db.exec('BEGIN');
  db.prepare("UPDATE tasks SET notes = ? WHERE id = 't-1'").run('x'.repeat(50_000));
  db.exec("DELETE FROM links; UPDATE plan_info SET title = 'chưa lưu'");
  fs.copyFileSync(scratch, file);
  fs.copyFileSync(`${scratch}-journal`, `${file}-journal`);
  db.exec('ROLLBACK');
  db.close();
}

describe('a hot journal beside a file from outside', () => {
  it('merging a colleague’s copy rolls it back as open does: only their committed edit arrives', () => {
    const dir = tempDir();
    const mine = planFile();
    const theirs = path.join(dir, 'ban-cua-Hung.tiendo');
    const hung = someone('Hùng', 'MAY-HUNG');
    hung.session.open(mine, { mode: 'readOnly' });
    fs.copyFileSync(mine, theirs);
    hung.session.close();
    const h = someone('Hùng', 'MAY-HUNG');
    h.session.open(theirs);
    const committed = edit(h, { op: 'updateTask', taskId: 't-3', changes: { name: 'Phê duyệt (Hùng)' } });
    h.session.save();
    h.session.close();
    crashMidWrite(theirs);
    const before = snapshot(dir);

    const p = someone('Lan', 'MAY-LAN');
    p.session.open(mine);
    expect(p.session.mergeColleagueCopy(theirs)).toMatchObject({ status: 'merged', conflicts: [] });
    expect(p.session.getPlan().plan).toEqual(committed);
    expect(snapshot(dir)).toEqual(before); // their file and journal left as they were
  });

  it('Save over an original that had a hot journal removes the stale journal: reopening gives what was saved', () => {
    const dir = tempDir();
    const file = planFile(dir);
    crashMidWrite(file);
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(file);
    const edited = edit(p, { op: 'updateTask', taskId: 't-2', changes: { notes: 'sau sự cố' } });
    expect(p.session.save().status).toBe('saved');
    p.session.close();
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    expect(someone('Lan', 'MAY-LAN').session.open(file).plan).toEqual(edited);
  });
});
