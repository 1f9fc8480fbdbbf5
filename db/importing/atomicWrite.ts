/**
 * Writes an exported file so that it is complete or absent: the bytes go to
 * a temporary file in the same folder, are flushed, then renamed over the
 * target (a rename within one folder is atomic). A crash or a full disk
 * never leaves a half-written spreadsheet with the user's file name.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../../core/errors';

export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const file = path.resolve(target);
  let temp: string | null = null;
  try {
    temp = writeSyncedTemp(file, bytes);
    fs.renameSync(temp, file);
  } catch (error) {
    if (temp) fs.rmSync(temp, { force: true });
    throw writeError(error, file);
  }
}

/** Writes `bytes` to a new hidden temporary file beside `file` and flushes it; returns its path (removed again on failure). */
export function writeSyncedTemp(file: string, bytes: Uint8Array): string {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return temp;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function writeError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return error;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return new PlanError(
      'cannot-write',
      { reason: 'table-busy', path: file },
      { code },
    );
  }
  if (code === 'ENOENT') return new PlanError('not-found', { reason: 'folder', path: path.dirname(file) }, { code });
  return new PlanError('cannot-write', { reason: 'table', path: file, code }, { code });
}
