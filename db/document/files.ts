/**
 * File-system steps the document layer needs to be crash-safe: durable
 * writes (fsync the file, then its folder), atomic JSON replacement, and a
 * consistent read of a file that someone else may be replacing.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
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

/** The file's bytes and fingerprint, read again if the file changed while being read. */
export function readStable(file: string): { bytes: Buffer; fingerprint: Fingerprint } {
  for (let attempt = 0; ; attempt++) {
    const before = fs.statSync(file);
    const bytes = fs.readFileSync(file);
    const after = fs.statSync(file);
    if ((before.mtimeMs === after.mtimeMs && before.size === after.size && bytes.length === after.size) || attempt >= 4) {
      return { bytes, fingerprint: { size: after.size, mtimeMs: after.mtimeMs, sha256: sha256(bytes) } };
    }
  }
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
  return sha256(fs.readFileSync(file)) !== known.sha256;
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
