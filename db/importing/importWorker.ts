/**
 * Worker thread entry: reads an import source (pasted text, CSV/TSV, XLSX,
 * DOCX, MS Project XML, .gan) off Electron's main process, so a huge or
 * hostile file cannot freeze the window (issue 18 item 3). Rows go back in
 * small batches, each sent when the main side asks: one message of 600,000
 * rows would be deserialised on the main thread in one block, which is the
 * freeze again.
 * Protocol: db/importing/parseInWorker.ts.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { PlanError } from '../../core/errors';
import { newUnitNames, previewRow } from '../../core/import/preview';
import { readImportFile, readImportText, type ImportedTable } from '../../core/import/source';
import { readInterchangeFile } from '../../core/interchange';
import { wellFormedStrings } from '../../core/text';
import { docxToHtml } from './docx';
import { ROW_BATCH, type WorkerInput, type WorkerMessage } from './parseProtocol';

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
/** The main side asks for each batch after handling the last: queued messages would otherwise all be handled in one task. */
const nextBatchWanted = () => new Promise<void>((resolve) => port.once('message', () => resolve()));

async function read(input: WorkerInput): Promise<void> {
  const context = { year: input.year, docxToHtml };
  if (input.source.kind === 'file') {
    const other = readInterchangeFile(input.source.name, input.source.bytes, randomUUID);
    if (other !== null) return post({ type: 'interchange', other });
  }
  const read: ImportedTable =
    input.source.kind === 'text' ? readImportText(input.source.text, context) : await readImportFile(input.source.name, input.source.bytes, context);
  const table = wellFormedStrings(read); // a file's text (NFD from a Mac, say) stored as the contract stores typed text
  const flagged = table.rows.reduce((n, row) => (previewRow(row).problems.length > 0 ? n + 1 : n), 0);
  const newUnits = newUnitNames(input.units, table.rows);
  for (let at = 0; at < table.rows.length; at += ROW_BATCH) {
    post({ type: 'rows', rows: table.rows.slice(at, at + ROW_BATCH), total: table.rows.length });
    await nextBatchWanted();
  }
  post({ type: 'table', table: { ...table, rows: [] }, flagged, newUnits });
}

read(workerData as WorkerInput).catch((error: unknown) => {
  if (error instanceof PlanError) post({ type: 'error', code: error.code, message: error.message, params: error.params, details: error.details });
  else post({ type: 'error', code: null, message: error instanceof Error ? error.message : String(error) });
});
