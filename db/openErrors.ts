/**
 * Turns what SQLite or the file system throws while opening a file into a
 * PlanError with a Vietnamese message, so the user learns what is wrong with
 * the file instead of reading an SQLite error code.
 */
import { PlanError } from '../core/errors';
import { corruptMessage } from './fileHeader';
import { sqliteCode } from './sqlite';

export function notFoundMessage(file: string): string {
  return `Không tìm thấy tệp “${file}”.`;
}

export function toOpenError(error: unknown, file: string): unknown {
  if (error instanceof PlanError) return error;
  const code = sqliteCode(error) ?? (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new PlanError('corrupt', corruptMessage(file, 'cấu trúc cơ sở dữ liệu không hợp lệ'), { sqlite: code });
  }
  if (code === 'ENOENT') return new PlanError('not-found', notFoundMessage(file));
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') {
    return new PlanError('cannot-open', `Không mở được tệp “${file}”: tệp đang bị chương trình khác sử dụng.`, { code });
  }
  if (/^(SQLITE_(CANTOPEN|PERM|IOERR|READONLY|AUTH)|EACCES|EPERM|EIO|ELOOP|ENAMETOOLONG)/.test(code)) {
    return new PlanError('cannot-open', `Không mở được tệp “${file}” (${code}).`, { code });
  }
  return error;
}
