/**
 * File-system steps the document layer needs to be crash-safe: durable
 * writes (fsync the file, then its folder), atomic JSON replacement, and a
 * consistent read of a file that someone else may be replacing.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ErrorParams } from '../../core/errorMessages';
import { PlanError } from '../../core/errors';
import { fsyncFolder } from '../fsyncFolder';

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `value` as JSON next to `file`, syncs it and renames it over `file`: readers see old or new, never half. */
export function writeJsonAtomic(file: string, value: unknown): void {
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    fs.writeFileSync(temp, `${JSON.stringify(value, null, 1)}\n`);
    fsyncFile(temp);
    fs.renameSync(temp, file);
    fsyncFolder(path.dirname(file));
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The JSON in `file` if it exists and matches `schema`; null otherwise (a damaged list is not an error). */
export function readJson<T>(file: string, schema: z.ZodType<T>): T | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What identifies one version of a file: changed size, time or content means someone wrote it. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A plan file larger than this is refused before reading (real plans are a few MB; Node cannot read 2 GiB at once). */
export const MAX_PLAN_BYTES = 1024 * 1024 * 1024;

export interface CheckedReadOptions {
  /** Refused above this size, with `tooLarge(limitText)` as the message. */
  maxBytes: number;
  tooLarge?: (file: string, limit: string) => ErrorParams<'too-large'>;
}

/**
 * The one way the app reads a file it did not write (a plan, a colleague's
 * copy, its journal, an import): only a plain regular file (a link to one is
 * fine), never a FIFO, device or socket, which would block or stream for
 * ever on the main process. Opened non-blocking and checked on the open
 * descriptor, so swapping the file between check and read changes nothing.
 * Read again if it changed while being read. Every refusal is a PlanError
 * naming the file.
 */
export function readCheckedFile(file: string, opts: CheckedReadOptions): { bytes: Buffer; fingerprint: Fingerprint } {
  for (let attempt = 0; ; attempt++) {
    const fd = openChecked(file);
    try {
      const before = fs.fstatSync(fd);
      checkReadable(file, before, opts);
      const bytes = readAll(fd, before.size);
      const after = fs.fstatSync(fd);
      const now = fs.statSync(file, { throwIfNoEntry: false });
      const stable = before.mtimeMs === after.mtimeMs && bytes.length === after.size && now?.ino === after.ino && now.mtimeMs === after.mtimeMs;
      if (stable || attempt >= 4) return { bytes, fingerprint: { size: bytes.length, mtimeMs: after.mtimeMs, sha256: sha256(bytes) } };
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** The file's bytes (a plan file: the plan limit applies), read through readCheckedFile. */
export function readStable(file: string): { bytes: Buffer; fingerprint: Fingerprint } {
  return readCheckedFile(file, { maxBytes: MAX_PLAN_BYTES });
}

/** Throws the reader's PlanError unless `file` is a plain regular file (through links) of at most `maxBytes`. */
export function checkPlainFile(file: string, opts: CheckedReadOptions = { maxBytes: MAX_PLAN_BYTES }): void {
  const fd = openChecked(file);
  try {
    checkReadable(file, fs.fstatSync(fd), opts);
  } finally {
    fs.closeSync(fd);
  }
}

/** True for a plain file, false when nothing is there; the reader's PlanError for anything else (a FIFO, a loop). */
export function isPlainFileOrAbsent(file: string): boolean {
  try {
    checkPlainFile(file, { maxBytes: Number.MAX_SAFE_INTEGER });
    return true;
  } catch (error) {
    if (error instanceof PlanError && error.code === 'not-found') return false;
    throw error;
  }
}

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer (Windows has no FIFOs and no flag).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** A NUL byte cannot be in a file name: Node would throw a raw ERR_INVALID_ARG_VALUE. */
export function refuseNulInPath(file: string): void {
  if (file.includes('\0')) {
    throw new PlanError('cannot-open', { file: file.split('\0').join('␀'), reason: 'nul' });
  }
}

function openChecked(file: string): number {
  refuseNulInPath(file);
  try {
    return fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw openFailure(error, file);
  }
}

function openFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new PlanError('not-found', { reason: 'file', path: file }, { code });
  if (code === 'ELOOP') return new PlanError('cannot-open', { file, reason: 'symlink-loop', code }, { code });
  if (code === 'EACCES' || code === 'EPERM') return new PlanError('cannot-open', { file, reason: 'denied', code }, { code });
  // ENXIO: a socket; EISDIR (Windows): a folder.
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return notPlainFile(file);
  if (code === 'EISDIR') return isFolder(file);
  if (code === 'ENAMETOOLONG') return new PlanError('cannot-open', { file: file.slice(0, 200), reason: 'name-too-long', code }, { code });
  return error;
}

function checkReadable(file: string, stat: fs.Stats, opts: CheckedReadOptions): void {
  if (stat.isDirectory()) throw isFolder(file);
  if (!stat.isFile()) throw notPlainFile(file);
  if (stat.size > opts.maxBytes) {
    const limit = formatBytes(opts.maxBytes);
    throw new PlanError('too-large', opts.tooLarge?.(file, limit) ?? { reason: 'plan', file, size: formatBytes(stat.size), limit }, { size: stat.size });
  }
}

function isFolder(file: string): PlanError {
  return new PlanError('not-a-plan', { file, reason: 'folder' });
}

function notPlainFile(file: string): PlanError {
  return new PlanError('not-a-plan', { file, reason: 'special' });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} GB`;
  return `${(bytes / 1024 ** 2).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Reads up to `size` bytes (a file growing meanwhile is caught by the caller's second fstat). */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = fs.readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

/**
 * Whether `file` is no longer the version `known` describes: gone, another
 * size, or other bytes. A different mtime alone (a copy, a touch) is not a
 * change; the same mtime is no proof either (coarse clocks), so the hash decides.
 */
export function hasChangedSince(file: string, known: Fingerprint): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return true;
  if (stat.size !== known.size) return true;
  return readStable(file).fingerprint.sha256 !== known.sha256;
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** SQLite's file change counter (header offset 24): every committed write transaction bumps it. */
export function changeCounter(file: string): number {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(4);
    fs.readSync(fd, header, 0, 4, 24);
    return header.readUInt32BE(0);
  } finally {
    fs.closeSync(fd);
  }
}
