/**
 * Checks of a file's first bytes, done with plain fs reads before SQLite
 * touches it: a text file, an empty file (which SQLite would happily treat
 * as a new database), another application's database, a truncated file or a
 * WAL-mode file is refused without ever opening a connection.
 * Layout: https://www.sqlite.org/fileformat2.html#the_database_header
 */
import fs from 'node:fs';
import { PlanError } from '../core/errors';
import { TIENDO_APPLICATION_ID } from './schema';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

/**
 * Throws PlanError 'not-a-plan' or 'corrupt' unless `diskPath` starts like a
 * complete plan database; messages name `file` (they differ for a recovered copy).
 */
export function checkPlanFileHeader(diskPath: string, file: string): void {
  const { header, size } = readHeader(diskPath);
  if (size < HEADER_SIZE || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new PlanError('not-a-plan', { file });
  }
  if (header.readUInt32BE(68) !== TIENDO_APPLICATION_ID) {
    throw new PlanError('not-a-plan', { file });
  }
  // user_version counts the migrations applied (migrations.ts): a negative one was never written by Tiến Độ.
  // user_version: the signed big-endian 32-bit integer at offset 60.
  const version = header.readInt32BE(60);
  if (version < 0) throw new PlanError('corrupt', { file, reason: 'impossible-version', version }, { version });
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw new PlanError('corrupt', { file, reason: 'page-size' });
  }
  // Bytes 18/19 are 2 in WAL mode: part of the plan may then live in a -wal file beside it.
  if (header[18] !== 1 || header[19] !== 1) {
    throw new PlanError('not-a-plan', { file, reason: 'wal' });
  }
  if (size % pageSize !== 0) {
    throw new PlanError('corrupt', { file, reason: 'truncated' });
  }
  // The in-header page count is authoritative when "version-valid-for" matches the change counter.
  const pageCount = header.readUInt32BE(28);
  if (pageCount > 0 && header.readUInt32BE(92) === header.readUInt32BE(24) && size < pageCount * pageSize) {
    throw new PlanError('corrupt', { file, reason: 'truncated' });
  }
}

function readHeader(file: string): { header: Buffer; size: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
    return { header: header.subarray(0, read), size: fs.fstatSync(fd).size };
  } finally {
    fs.closeSync(fd);
  }
}

/** The Vietnamese "not a plan file" sentence (for refusals not yet sent as code and parameters). */
export function notAPlanMessage(file: string): string {
  return new PlanError('not-a-plan', { file }).message;
}
