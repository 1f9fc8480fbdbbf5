/**
 * Runs the import reader in a worker thread (importWorker.ts) and gathers
 * what it sends, batch by batch, so the main process keeps answering the
 * window while a 20 MB table is read. cancel() terminates the worker.
 * From source (tests, tsx) the entry is the .ts file loaded through tsx;
 * in the built app electron-vite bundles it next to main as importWorker.js
 * (electron.vite.config.ts).
 */
import { Worker } from 'node:worker_threads';
import { PlanError } from '../../core/errors';
import type { PlanTaskRow } from '../../core/planTable';
import type { ImportedTable } from '../../core/import/source';
import type { InterchangeImport } from '../../core/interchange';
import type { WorkerInput, WorkerMessage } from './parseProtocol';

export type ParsedImport =
  | { kind: 'table'; table: ImportedTable; flagged: number; newUnits: string[] }
  | { kind: 'interchange'; other: InterchangeImport };

export interface ParseProgress {
  rowsRead: number;
  totalRows: number;
}

export interface RunningParse {
  /** Null when cancelled. */
  result: Promise<ParsedImport | null>;
  cancel(): void;
  /** Settles when the worker thread has stopped. */
  exited: Promise<void>;
}

const fromSource = import.meta.url.endsWith('.ts');
const ENTRY = new URL(fromSource ? './importWorker.ts' : './importWorker.js', import.meta.url);

export function parseInWorker(input: WorkerInput, onProgress?: (progress: ParseProgress) => void): RunningParse {
  const worker = new Worker(ENTRY, { workerData: input, execArgv: fromSource ? ['--import', 'tsx'] : [] });
  let cancelled = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const result = new Promise<ParsedImport | null>((resolve, reject) => {
    const rows: PlanTaskRow[] = [];
    const finish = (value: ParsedImport | null | Error) => {
      void worker.terminate();
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'rows') {
        for (const row of message.rows) rows.push(row);
        onProgress?.({ rowsRead: rows.length, totalRows: message.total });
        setImmediate(() => worker.postMessage('next')); // timers and IPC run before the next batch arrives
      } else if (message.type === 'table') {
        finish({ kind: 'table', table: { ...message.table, rows }, flagged: message.flagged, newUnits: message.newUnits });
      } else if (message.type === 'interchange') {
        finish({ kind: 'interchange', other: message.other });
      } else {
        finish(message.code === null ? new Error(message.message) : PlanError.revive(message.code, message.message, message.params, message.details));
      }
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => {
      if (cancelled) resolve(null);
      else reject(new PlanError('unreadable-file', { reason: 'worker', code: String(code) }));
    });
  });
  return {
    result,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
    exited,
  };
}
