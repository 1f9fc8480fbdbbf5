/**
 * Plan table export and import handlers. Export: ask where, build the file
 * from the plan as stored, write it atomically. Import: read and show a
 * preview (nothing written), then apply it as a new plan file or as tasks
 * appended to the open plan in one undoable transaction.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ApiHandlersFor } from '../../core/api/dispatch';
import {
  PREVIEW_PAGE_ROWS,
  type ApplyImportRequest,
  type ImportPreview,
  type ImportProgress,
  type ImportResult,
  type ImportRowInput,
  type planTableContract,
} from '../../core/api/features/planTable';
import { PLAN_FILE_FILTER, type FileFilter, type HostServices } from '../../core/api/host';
import { DIALOG_TITLES, FILE_TYPE_NAMES } from '../../core/api/hostTexts';
import { PlanError } from '../../core/errors';
import {
  PLAN_TABLE_DEFAULT_NAMES,
  planTableCsv,
  planTableDocx,
  planTableXlsx,
  type ComputedColumn,
  PLAN_EXCHANGE_EXTENSIONS,
  type PlanExportFormat,
} from '../../core/formats';
import { previewRow, rowsFromInput } from '../../core/import/preview';
import { IMPORT_FILE_EXTENSIONS, type ImportedTable } from '../../core/import/source';
import { planFromImport } from '../../core/import/toPlan';
import { planToGan, planToMspdi, type InterchangeImport } from '../../core/interchange';
import { interchangeRows, newInterchangeUnits } from '../../core/interchange/preview';
import type { Plan } from '../../core/model';
import { appendImportToDb, appendInterchangeToDb } from '../importing/appendImport';
import { writeFileAtomic } from '../importing/atomicWrite';
import { parseInWorker, type ParsedImport, type RunningParse } from '../importing/parseInWorker';
import type { WorkerInput } from '../importing/parseProtocol';
import { PreviewStore } from '../importing/previewStore';
import { readImportSource } from '../importing/readImportSource';
import { createPlanFile } from '../planStore';
import type { PlanSession } from '../session';

const EXPORT_FILTERS: Record<PlanExportFormat, FileFilter> = {
  xlsx: { name: FILE_TYPE_NAMES.xlsx, extensions: ['xlsx'] },
  csv: { name: FILE_TYPE_NAMES.csv, extensions: ['csv'] },
  docx: { name: FILE_TYPE_NAMES.docx, extensions: ['docx'] },
  mspdi: { name: FILE_TYPE_NAMES.mspdi, extensions: ['xml'] },
  gan: { name: FILE_TYPE_NAMES.gan, extensions: ['gan'] },
};
const IMPORT_FILTERS: FileFilter[] = [
  { name: FILE_TYPE_NAMES.importTable, extensions: [...IMPORT_FILE_EXTENSIONS] },
  { name: FILE_TYPE_NAMES.importProject, extensions: ['xml', 'gan', 'mpp'] },
  { name: FILE_TYPE_NAMES.all, extensions: ['*'] },
];
const PASTED_SOURCE = 'Văn bản dán vào';
const EDITED_SOURCE = 'Bảng đã chỉnh sửa';

export function createPlanTableHandlers(session: PlanSession, host: HostServices): ApiHandlersFor<typeof planTableContract> {
  const previews = new PreviewStore();
  const openPlanYear = (): number | undefined => (session.isOpen ? Number(session.getPlan().plan.info.startDate.slice(0, 4)) : undefined);
  const openPlanPath = (): string | null => (session.isOpen ? session.getPlan().path : null);

  let running: { parse: RunningParse; progress: ImportProgress } | null = null;

  /** Reads in a worker thread; one read at a time (a new one stops the previous). Null when cancelled. */
  async function parse(source: WorkerInput['source']): Promise<ParsedImport | null> {
    running?.parse.cancel();
    const units = session.isOpen ? session.getPlan().plan.units : [];
    const progress: ImportProgress = { rowsRead: 0, totalRows: 0 };
    const parse = parseInWorker({ source, year: openPlanYear(), units }, (p) => Object.assign(progress, p));
    const mine = { parse, progress };
    running = mine;
    try {
      return await parse.result;
    } finally {
      if (running === mine) running = null;
    }
  }

  function showPreview(sourceName: string, parsed: ParsedImport): ImportPreview {
    if (parsed.kind === 'interchange') return showInterchangePreview(sourceName, parsed.other);
    const { table, flagged, newUnits } = parsed;
    const previewId = previews.add({ sourceName, table });
    return {
      previewId,
      sourceName,
      format: table.format,
      title: table.document?.title ?? '',
      rows: table.rows.slice(0, PREVIEW_PAGE_ROWS).map(previewRow),
      totalRows: table.rows.length,
      flaggedRows: flagged,
      problems: table.problems,
      skipped: table.skipped,
      newUnits,
    };
  }

  /** Another planner's plan in the same preview: its tasks as rows (numbered by outline), what did not carry over as problems. */
  function showInterchangePreview(sourceName: string, other: InterchangeImport): ImportPreview {
    const previewId = previews.add({ sourceName, table: { format: 'text', document: null, recipients: [], rows: [], problems: [], skipped: [] }, other });
    const units = session.isOpen ? session.getPlan().plan.units : [];
    const rows = interchangeRows(other.plan);
    return {
      previewId,
      sourceName,
      format: other.format,
      title: other.plan.info.title,
      rows: rows.slice(0, PREVIEW_PAGE_ROWS),
      totalRows: rows.length,
      flaggedRows: rows.filter((r) => r.problems.length > 0).length,
      problems: other.problems,
      skipped: [],
      newUnits: newInterchangeUnits(units, other.plan),
    };
  }

  async function createNewPlan(sourceName: string, table: ImportedTable, other?: InterchangeImport): Promise<ImportResult | null> {
    const stem = sourceName === PASTED_SOURCE || sourceName === EDITED_SOURCE ? 'Ke-hoach-nhap' : sourceName.replace(/\.[^.]*$/, '');
    const chosen = await host.chooseSavePath({ title: DIALOG_TITLES.newPlanFromTable, defaultName: `${stem}.tiendo`, filters: [PLAN_FILE_FILTER] });
    if (chosen === null) return null;
    const target = withExtension(chosen, 'tiendo');
    if (target === openPlanPath()) {
      throw new PlanError('same-file', { reason: 'new-plan' });
    }
    const outcome = other ? { plan: other.plan, addedTasks: other.plan.tasks.length, addedUnits: other.plan.units.map((u) => u.name), flaggedTasks: 0 } : planFromImport(table, sourceName, randomUUID, host.now());
    // The save dialog already asked before replacing an existing file.
    createPlanFile(target, outcome.plan, { overwrite: true });
    const openPlan = session.open(target);
    return { mode: 'new', openPlan, addedTasks: outcome.addedTasks, addedUnits: outcome.addedUnits, flaggedTasks: outcome.flaggedTasks, undoable: false };
  }

  return {
    async exportPlanTable({ format, columns }) {
      const { plan, path: planPath } = session.getPlan();
      const exchange = format === 'mspdi' || format === 'gan';
      const extension = exchange ? PLAN_EXCHANGE_EXTENSIONS[format] : format;
      const chosen = await host.chooseSavePath({
        title: exchange ? DIALOG_TITLES.exportExchange : DIALOG_TITLES.exportPlanTable,
        defaultName: exchange ? `${session.getPlan().fileName.replace(/\.tiendo$/i, '')}.${extension}` : PLAN_TABLE_DEFAULT_NAMES[format],
        filters: [EXPORT_FILTERS[format]],
      });
      if (chosen === null) return null;
      const target = withExtension(chosen, extension);
      if (target === planPath) throw new PlanError('same-file', { reason: 'export' });
      const bytes = await buildExport(plan, format, columns);
      writeFileAtomic(target, bytes);
      return { path: target, bytes: bytes.byteLength };
    },

    async previewImport(source) {
      if (source.kind === 'text') {
        const parsed = await parse({ kind: 'text', text: source.text });
        return parsed && showPreview(PASTED_SOURCE, parsed);
      }
      const chosen = await host.chooseOpenPath({ title: DIALOG_TITLES.importTable, filters: IMPORT_FILTERS });
      if (chosen === null) return null;
      const name = path.basename(chosen);
      const parsed = await parse({ kind: 'file', name, bytes: readImportSource(chosen) });
      return parsed && showPreview(name, parsed);
    },

    async previewImportRows({ previewId, offset, limit }) {
      const { table, other } = previews.get(previewId);
      if (other) return interchangeRows(other.plan).slice(offset, offset + limit);
      return table.rows.slice(offset, offset + limit).map(previewRow);
    },

    async importProgress() {
      return running && { ...running.progress };
    },

    async cancelImport() {
      if (!running) return false;
      running.parse.cancel();
      return true;
    },

    async applyImport(request: ApplyImportRequest) {
      const { sourceName, table, other } = 'previewId' in request ? previews.get(request.previewId) : editedTable(request.rows, openPlanYear());
      let result: ImportResult | null;
      if (request.mode === 'new') {
        result = await createNewPlan(sourceName, table, other);
      } else {
        if (!session.isOpen) throw new PlanError('no-plan', { reason: 'append' });
        const who = { user: host.userName(), computer: host.computerName(), at: host.now() };
        const outcome = other ? appendInterchangeToDb(session.db, other.plan, sourceName, who) : appendImportToDb(session.db, table.rows, who);
        const { plan: _written, ...counts } = outcome;
        result = { mode: 'append', openPlan: session.getPlan(), ...counts, undoable: true };
      }
      if (result !== null && 'previewId' in request) previews.forget(request.previewId);
      return result;
    },
  };
}

function editedTable(rows: readonly ImportRowInput[], year: number | undefined): { sourceName: string; table: ImportedTable; other?: undefined } {
  return { sourceName: EDITED_SOURCE, table: { format: 'text', document: null, recipients: [], rows: rowsFromInput(rows, year), problems: [], skipped: [] } };
}

async function buildExport(plan: Plan, format: PlanExportFormat, columns: readonly ComputedColumn[]): Promise<Uint8Array> {
  if (format === 'mspdi') return new TextEncoder().encode(planToMspdi(plan));
  if (format === 'gan') return new TextEncoder().encode(planToGan(plan));
  if (format === 'xlsx') return planTableXlsx(plan, { columns });
  if (format === 'docx') return planTableDocx(plan, { columns });
  return new TextEncoder().encode(planTableCsv(plan, { columns }));
}

/** Linux dialogs do not add the extension the filter implies. */
function withExtension(file: string, extension: string): string {
  const resolved = path.resolve(file);
  return resolved.toLowerCase().endsWith(`.${extension}`) ? resolved : `${resolved}.${extension}`;
}
