/**
 * The lock file beside an open plan, so a colleague opening the same file
 * on a shared folder learns who has it open. Named like LibreOffice's,
 * `.~lock.<file name>#` (hidden on Linux/macOS), it holds one JSON object:
 *   {"app":"tien-do","user":…,"computer":…,"pid":…,"since":ISO,"heartbeat":ISO,"token":…}
 * The holder refreshes `heartbeat` every LOCK_HEARTBEAT_MS while open.
 *
 * A lock is stale (cleared when someone opens the file) when
 * - it was written on this computer and its process is no longer running, or
 * - its heartbeat is older than LOCK_STALE_MS (12 h: a crashed app on another
 *   computer, whose process we cannot see), or
 * - it cannot be read and is older than a minute (a crash while writing it).
 * A lock is removed on close only if it is still ours (same token): a
 * colleague who chose "open anyway" keeps theirs.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LockOwner } from '../../core/api/features/sharing';
import { PlanError } from '../../core/errors';
import { fsyncFolder } from '../fsyncFolder';
import { isProcessAlive } from './files';

export const LOCK_HEARTBEAT_MS = 10 * 60_000;
export const LOCK_STALE_MS = 12 * 3_600_000;
const UNREADABLE_GRACE_MS = 60_000;

export interface Identity {
  userName(): string;
  computerName(): string;
  now(): Date;
}

const lockSchema = z.object({
  app: z.literal('tien-do'),
  user: z.string().max(500),
  computer: z.string().max(500),
  pid: z.number().int(),
  since: z.iso.datetime(),
  heartbeat: z.iso.datetime(),
  token: z.string().max(100),
});
export type LockInfo = z.infer<typeof lockSchema>;

export type { LockOwner };

export function lockPathFor(planFile: string): string {
  return path.join(path.dirname(planFile), `.~lock.${path.basename(planFile)}#`);
}

/** Tokens of the locks this process holds: another window of this process is a live holder, too. */
const heldHere = new Set<string>();

export interface FoundLock {
  info: LockInfo | null;
  mtimeMs: number;
  /** A folder (or anything but a file) sits where the lock belongs: no lock can be written there. */
  blocked: boolean;
}

const MAX_LOCK_BYTES = 64 * 1024;
// O_NOFOLLOW: a link put at the lock path is never read through (absent on Windows, where links need admin rights).
const LOCK_READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** The lock beside `planFile`, never following a link there (a link reads as an unreadable lock). */
export function readLock(planFile: string): FoundLock | null {
  const file = lockPathFor(planFile);
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return null;
  if (stat.isDirectory()) return { info: null, mtimeMs: stat.mtimeMs, blocked: true };
  const unreadable = { info: null, mtimeMs: stat.mtimeMs, blocked: false };
  if (!stat.isFile() || stat.size > MAX_LOCK_BYTES) return unreadable;
  let text: string;
  try {
    const fd = fs.openSync(file, LOCK_READ_FLAGS);
    try {
      if (!fs.fstatSync(fd).isFile()) return unreadable;
      text = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return unreadable;
  }
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return { ...unreadable, info: parsed.success ? parsed.data : null };
  } catch {
    return unreadable;
  }
}

/**
 * The heartbeat counts from the earlier of its stamp and the file's time, and
 * a time over LOCK_STALE_MS in the future is as stale as one that far in the
 * past: a clock far ahead or a forged date cannot hold a file for ever.
 */
export function isStale(found: FoundLock, me: Identity): boolean {
  const now = me.now().getTime();
  const { info } = found;
  if (!info) return now - found.mtimeMs > UNREADABLE_GRACE_MS;
  const beat = Math.min(Date.parse(info.heartbeat), found.mtimeMs);
  if (Math.abs(now - beat) > LOCK_STALE_MS) return true;
  if (sameComputer(info.computer, me.computerName())) {
    if (info.pid === process.pid) return !heldHere.has(info.token);
    return !isProcessAlive(info.pid);
  }
  return false;
}

/** The live holder of `planFile`'s lock other than `token`, if any (stale locks are ignored). */
export function liveOwner(planFile: string, me: Identity, token?: string): LockOwner | null {
  const found = readLock(planFile);
  if (!found || found.blocked || isStale(found, me) || (token !== undefined && found.info?.token === token)) return null;
  const info = found.info;
  return { user: info?.user ?? '?', computer: info?.computer ?? '?', since: info?.since ?? new Date(found.mtimeMs).toISOString() };
}

export class PlanLock {
  readonly #planFile: string;
  readonly #file: string;
  readonly #me: Identity;
  readonly token = randomUUID();
  #since: string;
  #timer: NodeJS.Timeout | null = null;

  private constructor(planFile: string, me: Identity) {
    this.#planFile = planFile;
    this.#file = lockPathFor(planFile);
    this.#me = me;
    this.#since = me.now().toISOString();
  }

  /**
   * Takes the lock of `planFile`: throws PlanError 'locked' while someone
   * else holds it, unless `force` (the user chose "open anyway").
   */
  static acquire(planFile: string, me: Identity, opts: { force?: boolean } = {}): PlanLock {
    const lock = new PlanLock(planFile, me);
    const found = readLock(planFile);
    if (found?.blocked) {
      // Not ours to delete: open anyway without a lock, or not at all.
      if (!opts.force) throw blockedError(lock.#file);
      return lock;
    }
    const owner = liveOwner(planFile, me);
    if (owner && !opts.force) throw lockedError(owner);
    if (found) fs.rmSync(lock.#file, { force: true }); // stale, or taken over (a link is removed, not followed)
    lock.#create();
    heldHere.add(lock.token);
    lock.#timer = setInterval(() => lock.refresh(), LOCK_HEARTBEAT_MS);
    lock.#timer.unref();
    return lock;
  }

  /** Rewrites the heartbeat (and puts the lock back if someone deleted it or put something else there). */
  refresh(): void {
    const found = readLock(this.#planFile);
    if (found?.blocked || (found?.info && found.info.token !== this.token)) return; // taken over: not ours to overwrite
    try {
      this.#replace();
    } catch {
      // a lock is advisory: failing to refresh it must not break editing
    }
  }

  release(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    heldHere.delete(this.token);
    const found = readLock(this.#planFile);
    if (found?.info?.token === this.token) fs.rmSync(this.#file, { force: true });
  }

  #content(): string {
    const me = this.#me;
    const info: LockInfo = {
      app: 'tien-do',
      user: me.userName(),
      computer: me.computerName(),
      pid: process.pid,
      since: this.#since,
      heartbeat: me.now().toISOString(),
      token: this.token,
    };
    return JSON.stringify(info);
  }

  /** O_CREAT|O_EXCL: fails if anything, a link included, is at the lock path; never writes through one. */
  #create(): void {
    try {
      fs.writeFileSync(this.#file, this.#content(), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Someone created it between our check and now.
      const owner = liveOwner(this.#planFile, this.#me);
      throw lockedError(owner ?? { user: '?', computer: '?', since: this.#since });
    }
    fsyncFolder(path.dirname(this.#file));
  }

  /** A new file renamed over the lock path: whatever was there (a link too) is replaced, never written through. */
  #replace(): void {
    const temp = `${this.#file}.${randomUUID().slice(0, 8)}.tmp`;
    try {
      fs.writeFileSync(temp, this.#content(), { flag: 'wx' });
      fs.renameSync(temp, this.#file);
      fsyncFolder(path.dirname(this.#file));
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
}

function blockedError(lockFile: string): PlanError {
  return new PlanError(
    'locked',
    { user: '?', computer: '?', since: '?', reason: 'lock-folder', lock: path.basename(lockFile) },
    { user: '?', computer: '?', since: new Date(0).toISOString(), blocked: true },
  );
}

export function lockedError(owner: LockOwner): PlanError {
  return new PlanError('locked', { user: owner.user, computer: owner.computer, since: formatLocalDateTime(owner.since) }, owner);
}

/** dd/mm/yyyy hh:mm in this computer's time zone. */
export function formatLocalDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function sameComputer(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
