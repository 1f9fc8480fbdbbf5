/**
 * Where a plan really lives. A plan opened or saved through a symbolic link
 * (or a link to a link, or a linked folder) is worked on at the file the
 * link points to: the lock and the save's temporary go beside that file and
 * the rename replaces it, so the real file gets the edit and the link stays
 * a link. Renaming over the link itself would replace the link with a
 * regular file and leave the shared plan without the edit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../../core/errors';
import { toOpenError } from '../openErrors';
import { refuseNulInPath } from './files';

/** The real file an existing plan path names; PlanError for a missing file, a dangling link or a loop of links. */
export function resolvePlanPath(filePath: string): string {
  const file = path.resolve(filePath);
  refuseNulInPath(file);
  try {
    // The JS realpath, not .native: on Windows that one turns a mapped drive (Z:\) into its UNC name.
    return fs.realpathSync(file);
  } catch (error) {
    throw linkError(error, file) ?? toOpenError(error, file);
  }
}

/**
 * Where Save As / Save a copy must write `filePath`: the real file when it
 * is a link, or the name in the real folder when it does not exist yet.
 */
export function resolveSaveTarget(filePath: string): string {
  const file = path.resolve(filePath);
  if (fs.lstatSync(file, { throwIfNoEntry: false })) {
    try {
      return fs.realpathSync(file);
    } catch (error) {
      throw linkError(error, file, 'save') ?? error;
    }
  }
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) return file; // the save reports the missing folder
  return path.join(fs.realpathSync(folder), path.basename(file));
}

function linkError(error: unknown, file: string, action: 'open' | 'save' = 'open'): PlanError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ELOOP') {
    return new PlanError('cannot-open', { file, reason: action === 'open' ? 'link-loop' : 'save-link-loop', code }, { code });
  }
  if (code !== 'ENOENT') return null;
  const target = danglingTarget(file);
  if (target === null) return action === 'open' ? new PlanError('not-found', { reason: 'file', path: file }) : null;
  return new PlanError('not-found', { reason: action === 'open' ? 'dangling-link' : 'save-dangling-link', path: file, target }, { code, target });
}

/** The missing file at the end of the first broken chain of links on the way to `file`, or null when none is broken. */
function danglingTarget(file: string): string | null {
  const { root } = path.parse(file);
  let at = root;
  for (const part of file.slice(root.length).split(path.sep).filter(Boolean)) {
    let next = path.join(at, part);
    for (let hops = 0; fs.lstatSync(next, { throwIfNoEntry: false })?.isSymbolicLink() && hops < 40; hops++) {
      next = path.resolve(path.dirname(next), fs.readlinkSync(next));
    }
    if (!fs.existsSync(next)) return next === path.join(at, part) ? null : next;
    at = fs.realpathSync(next);
  }
  return null;
}
