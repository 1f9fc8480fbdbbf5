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

export function readLock(planFile: string): { info: LockInfo | null; mtimeMs: number } | null {
  const file = lockPathFor(planFile);
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return { info: parsed.success ? parsed.data : null, mtimeMs };
  } catch {
    return { info: null, mtimeMs };
  }
}

export function isStale(found: { info: LockInfo | null; mtimeMs: number }, me: Identity): boolean {
  const now = me.now().getTime();
  const { info } = found;
  if (!info) return now - found.mtimeMs > UNREADABLE_GRACE_MS;
  if (now - Date.parse(info.heartbeat) > LOCK_STALE_MS) return true;
  if (sameComputer(info.computer, me.computerName())) {
    if (info.pid === process.pid) return !heldHere.has(info.token);
    return !isProcessAlive(info.pid);
  }
  return false;
}

/** The live holder of `planFile`'s lock other than `token`, if any (stale locks are ignored). */
export function liveOwner(planFile: string, me: Identity, token?: string): LockOwner | null {
  const found = readLock(planFile);
  if (!found || isStale(found, me) || (token !== undefined && found.info?.token === token)) return null;
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
    const owner = liveOwner(planFile, me);
    if (owner && !opts.force) throw lockedError(owner);
    if (owner || readLock(planFile)) fs.rmSync(lock.#file, { force: true }); // stale, or taken over
    lock.#write('wx');
    heldHere.add(lock.token);
    lock.#timer = setInterval(() => lock.refresh(), LOCK_HEARTBEAT_MS);
    lock.#timer.unref();
    return lock;
  }

  /** Rewrites the heartbeat (and puts the lock back if someone deleted it). */
  refresh(): void {
    const found = readLock(this.#planFile);
    if (found?.info && found.info.token !== this.token) return; // taken over: not ours to overwrite
    try {
      this.#write('w');
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

  #write(flag: 'wx' | 'w'): void {
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
    try {
      fs.writeFileSync(this.#file, JSON.stringify(info), { flag });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Someone created it between our check and now.
      const owner = liveOwner(this.#planFile, me);
      throw lockedError(owner ?? { user: '?', computer: '?', since: this.#since });
    }
    fsyncFolder(path.dirname(this.#file));
  }
}

export function lockedError(owner: LockOwner): PlanError {
  return new PlanError('locked', `Đang được mở bởi ${owner.user} trên máy ${owner.computer} từ ${formatLocalDateTime(owner.since)}.`, owner);
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
