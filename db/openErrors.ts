/**
 * Turns what SQLite or the file system throws while opening a file into a
 * PlanError with a Vietnamese message, so the user learns what is wrong with
 * the file instead of reading an SQLite error code.
 */
import { PlanError } from '../core/errors';
import { sqliteCode } from './sqlite';

export function toOpenError(error: unknown, file: string): unknown {
  if (error instanceof PlanError) return error;
  const code = sqliteCode(error) ?? (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new PlanError('corrupt', { file, reason: 'structure' }, { sqlite: code });
  }
  if (code === 'ENOENT') return new PlanError('not-found', { reason: 'file', path: file });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') {
    return new PlanError('cannot-open', { file, reason: 'busy' }, { code });
  }
  if (/^(SQLITE_(CANTOPEN|PERM|IOERR|READONLY|AUTH)|EACCES|EPERM|EIO|ELOOP|ENAMETOOLONG)/.test(code)) {
    return new PlanError('cannot-open', { file, reason: 'system', code }, { code });
  }
  return error;
}
