import fs from 'node:fs';

/** Makes renames and new entries in `dir` durable (POSIX); Windows cannot open folders, which is fine. */
export function fsyncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort
  }
}
