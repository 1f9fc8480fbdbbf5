/** Messages between the import worker (importWorker.ts) and the main side (parseInWorker.ts). */
import type { PlanTaskRow } from '../../core/planTable';
import type { ImportedTable } from '../../core/import/source';
import type { InterchangeImport } from '../../core/interchange';
import type { ErrorParamValues } from '../../core/errorMessages';
import type { Unit } from '../../core/model';

/** Rows per message: small enough that receiving one is a short task on the main thread. */
export const ROW_BATCH = 2_000;

export interface WorkerInput {
  source: { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: Uint8Array };
  year: number | undefined;
  /** The open plan's units, to name those an append would add. */
  units: Unit[];
}

export type WorkerMessage =
  | { type: 'rows'; rows: PlanTaskRow[]; total: number }
  | { type: 'table'; table: ImportedTable; flagged: number; newUnits: string[] }
  | { type: 'interchange'; other: InterchangeImport }
  | { type: 'error'; code: string | null; message: string; params?: ErrorParamValues; details?: unknown };
