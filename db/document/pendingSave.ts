/**
 * A Save records itself as pending (target, hash of the bytes, the working
 * copy's change counter) just before renaming its file into place. If the
 * app dies between that rename and recording the save as done, the next
 * start finds the target holding exactly those bytes: our own save, which
 * is completed here — not a change by someone else, which would ask to merge.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataFolder, DocumentEntry } from './dataFolder';
import { sha256 } from './files';

export function settlePendingSave(data: DataFolder, entry: DocumentEntry): DocumentEntry {
  const pending = entry.pendingSave;
  if (!pending) return entry;
  const pendingBase = data.pendingBasePath(entry.id);
  let settled: DocumentEntry;
  const bytes = readIfFile(pending.path);
  if (bytes && sha256(bytes) === pending.sha256) {
    const stat = fs.statSync(pending.path);
    if (fs.existsSync(pendingBase)) fs.renameSync(pendingBase, data.basePath(entry.id));
    else fs.writeFileSync(data.basePath(entry.id), bytes);
    settled = {
      ...entry,
      originalPath: pending.path,
      displayName: path.basename(pending.path),
      readOnly: false,
      fingerprint: { size: stat.size, mtimeMs: stat.mtimeMs, sha256: pending.sha256 },
      savedCounter: pending.counter,
      pendingSave: null,
    };
  } else {
    fs.rmSync(pendingBase, { force: true }); // the rename never happened: the save did not take place
    settled = { ...entry, pendingSave: null };
  }
  data.writeEntry(settled);
  return settled;
}

function readIfFile(file: string): Buffer | null {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
  } catch {
    return null;
  }
}
