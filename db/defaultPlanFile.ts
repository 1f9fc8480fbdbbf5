/**
 * The plan file opened on first start: `<Documents>/Tiến Độ/Ke-hoach-1049.tiendo`.
 * The seed plan is passed in (the caller gives core/defaultPlan's
 * createDefaultPlan) so db/ does not load the seed unless it is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../core/errors';
import type { Plan } from '../core/model';
import { createPlanFile } from './planStore';

/** NFC, as typed: macOS/Windows keep it, so the folder reads "Tiến Độ" everywhere. */
export const DEFAULT_PLAN_FOLDER = 'Tiến Độ'.normalize('NFC');
export const DEFAULT_PLAN_FILE_NAME = 'Ke-hoach-1049.tiendo';

export function defaultPlanPath(documentsDir: string): string {
  return path.join(documentsDir, DEFAULT_PLAN_FOLDER, DEFAULT_PLAN_FILE_NAME);
}

/**
 * Creates the folder and the seed plan file if missing; returns the file's path.
 * An existing file is left alone, even a damaged one: opening it reports why.
 */
export function ensureDefaultPlanFile(documentsDir: string, makePlan: () => Plan): string {
  const file = defaultPlanPath(documentsDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) return file;
  try {
    createPlanFile(file, makePlan());
  } catch (error) {
    // Another window created it between the check and now: that file is as good as ours.
    if (!(error instanceof PlanError && error.code === 'already-exists')) throw error;
  }
  return file;
}
