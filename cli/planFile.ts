/** Plan files for the command line: read without changing a byte, written whole or not at all. */
import path from 'node:path';
import { PlanError } from '../core/errors';
import type { Plan } from '../core/model';
import { openPlanDatabase } from '../db/openPlanFile';
import { readPlan } from '../db/planStore';
import type { Language } from './args';

/** Opened read-only (an older or interrupted file is migrated in memory), so the file is never modified. */
export function readPlanFile(file: string): Plan {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

/** Refuses an output path that is the input file. */
export function checkNotSameFile(input: string, output: string, lang: Language): void {
  if (path.resolve(input) === path.resolve(output)) {
    throw new PlanError(
      'same-file',
      lang === 'en' ? 'The output file cannot be the input file.' : 'Tệp kết quả không được trùng với tệp đầu vào.',
    );
  }
}
