/**
 * Saving timeline exports. The renderer draws PNG/SVG pages (it has the
 * fonts and a canvas) and either sends them in one call (saveTimelineExport)
 * or, for a long plan, streams them (begin → one call per page → finish), so
 * no message is huge and the window stays responsive. A PDF is printed by
 * the host from the print view. Nothing is half-written: see timelineExportFiles.ts.
 */
import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { SavedExport, timelineExportContract } from '../../core/api/features/timelineExport';
import type { FileFilter, HostServices } from '../../core/api/host';
import { DIALOG_TITLES, FILE_TYPE_NAMES, type Worded } from '../../core/api/hostTexts';
import { PlanError } from '../../core/errors';
import type { TimelineExportOptions } from '../../core/export/options';
import { printRoute } from '../../core/export/printRoute';
import { layoutTimeline } from '../../core/export/timelineLayout';
import { schedulePlan } from '../../core/schedule';
import type { PlanSession } from '../session';
import { checkBytes, PendingExports, safeFileName, targetsFor, withExtension, writeAllOrNothing, type ExportFormat } from './timelineExportFiles';

export { pageFileName, safeFileName } from './timelineExportFiles';

const FILTERS: Record<ExportFormat, FileFilter> = {
  png: { name: FILE_TYPE_NAMES.png, extensions: ['png'] },
  svg: { name: FILE_TYPE_NAMES.svg, extensions: ['svg'] },
  pdf: { name: FILE_TYPE_NAMES.pdf, extensions: ['pdf'] },
};
const SAVE_TITLES: Record<ExportFormat, Worded> = { png: DIALOG_TITLES.exportPng, svg: DIALOG_TITLES.exportSvg, pdf: DIALOG_TITLES.exportPdf };

export function createTimelineExportHandlers(session: PlanSession, host: HostServices): ApiHandlersFor<typeof timelineExportContract> {
  const pending = new PendingExports();
  const askTarget = async (format: ExportFormat, suggestedName: string) => {
    const chosen = await host.chooseSavePath({ title: SAVE_TITLES[format], defaultName: safeFileName(suggestedName, format), filters: [FILTERS[format]] });
    return chosen === null ? null : withExtension(chosen, format);
  };

  return {
    async saveTimelineExport({ format, pages, suggestedName }) {
      const bytes = pages.map((page) => Buffer.from(page, 'base64'));
      bytes.forEach((b, i) => checkBytes(format, b, i + 1));
      const target = await askTarget(format, suggestedName);
      if (target === null) return null;
      const paths = targetsFor(target, bytes.length);
      writeAllOrNothing(paths, bytes);
      return saved(paths);
    },

    async beginTimelineExport({ format, pageCount, suggestedName }) {
      const target = await askTarget(format, suggestedName);
      if (target === null) return null;
      const paths = targetsFor(target, pageCount);
      return { exportId: pending.begin(format, paths), paths };
    },
    writeTimelineExportPage({ exportId, page, dataBase64 }) {
      pending.writePage(exportId, page, Buffer.from(dataBase64, 'base64'));
      return null;
    },
    finishTimelineExport: ({ exportId }) => saved(pending.finish(exportId)),
    cancelTimelineExport({ exportId }) {
      pending.cancel(exportId);
      return null;
    },

    async exportTimelinePdf({ options, suggestedName }) {
      if (options.preset === 'slide') throw new PlanError('pdf-needs-paper');
      if (!host.printToPdf) throw new PlanError('pdf-unavailable');
      const { plan, fileName } = session.getPlan();
      // Refuse what the print view would refuse (empty selection, bad range, cycle) before printing.
      layoutTimeline(plan, schedulePlan(plan), options);
      const pdf = Buffer.from(await host.printToPdf({ route: printRoute(options), pageSize: options.preset, landscape: options.orientation === 'landscape' }));
      try {
        checkBytes('pdf', pdf, 1);
      } catch {
        throw new PlanError('pdf-failed', {});
      }
      const target = await askTarget('pdf', suggestedName ?? defaultPdfName(fileName, options));
      if (target === null) return null;
      writeAllOrNothing([target], [pdf]);
      return saved([target]);
    },
  };
}

function saved(paths: string[]): SavedExport {
  return { path: paths[0]!, paths };
}

function defaultPdfName(fileName: string, options: TimelineExportOptions): string {
  return `${fileName.replace(/\.tiendo$/i, '')} - Biểu đồ tiến độ ${options.preset}.pdf`;
}
