/** The Open Recent list: `recent.json` in the data folder, validated on every read (a damaged list is empty). */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../core/api/features/sharing';
import type { DataFolder } from './dataFolder';
import { readJson, writeJsonAtomic } from './files';

export const MAX_RECENT = 10;

const recentSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string().min(1).max(4096), openedAt: z.iso.datetime() })).max(100),
});

export function listRecent(data: DataFolder): RecentFile[] {
  const stored = readJson(data.recentFile, recentSchema);
  return (stored?.files ?? []).slice(0, MAX_RECENT).map((f) => ({
    path: f.path,
    fileName: path.basename(f.path),
    openedAt: f.openedAt,
    exists: fs.statSync(f.path, { throwIfNoEntry: false })?.isFile() ?? false,
  }));
}

export function rememberRecent(data: DataFolder, file: string, at: Date): void {
  const stored = readJson(data.recentFile, recentSchema);
  const others = (stored?.files ?? []).filter((f) => f.path !== file);
  const files = [{ path: file, openedAt: at.toISOString() }, ...others].slice(0, MAX_RECENT);
  try {
    writeJsonAtomic(data.recentFile, { version: 1, files });
  } catch {
    // the list is a convenience: a failure to update it must not fail opening or saving
  }
}
