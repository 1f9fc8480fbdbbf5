/**
 * Saving the progress report: the A4 page printed to PDF by the host from
 * the report's print view, the Word document made here, the slide PNG drawn
 * by the renderer. The report is built first, so a plan it cannot report on
 * (a loop of links) is refused before anything is printed or asked.
 */
import path from 'node:path';
import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { progressReportContract } from '../../core/api/features/progressReport';
import type { SavedExport } from '../../core/api/features/timelineExport';
import type { FileFilter, HostServices } from '../../core/api/host';
import { PlanError } from '../../core/errors';
import { buildProgressReport } from '../../core/report/progressReport';
import { progressReportDocx } from '../../core/report/reportDocx';
import { progressReportOptions } from '../../core/report/reportOptions';
import { reportPrintRoute } from '../../core/report/reportPrintRoute';
import type { PlanSession } from '../session';
import { DIALOG_TITLES, FILE_TYPE_NAMES, type Worded } from '../../core/api/hostTexts';
import { checkBytes, writeAllOrNothing } from './timelineExportFiles';

type SavedFormat = 'pdf' | 'docx' | 'png';

const FILTERS: Record<SavedFormat, FileFilter> = {
  pdf: { name: FILE_TYPE_NAMES.pdf, extensions: ['pdf'] },
  docx: { name: FILE_TYPE_NAMES.docx, extensions: ['docx'] },
  png: { name: FILE_TYPE_NAMES.png, extensions: ['png'] },
};
const TITLES: Record<SavedFormat, Worded> = {
  pdf: DIALOG_TITLES.reportPdf,
  docx: DIALOG_TITLES.reportDocx,
  png: DIALOG_TITLES.reportSlide,
};
const DOCX_SIGNATURE = 'PK';

export function createProgressReportHandlers(session: PlanSession, host: HostServices): ApiHandlersFor<typeof progressReportContract> {
  const saveAs = async (format: SavedFormat, name: string, bytes: Buffer): Promise<SavedExport | null> => {
    const chosen = await host.chooseSavePath({ title: TITLES[format], defaultName: fileName(name, format), filters: [FILTERS[format]] });
    if (chosen === null) return null;
    const target = path.extname(chosen).toLowerCase() === `.${format}` ? chosen : `${chosen}.${format}`;
    writeAllOrNothing([target], [bytes]);
    return { path: target, paths: [target] };
  };

  return {
    async exportProgressReport({ format, options, suggestedName }) {
      const { plan, fileName: planName } = session.getPlan();
      const report = buildProgressReport(plan, progressReportOptions(options));
      let bytes: Buffer;
      if (format === 'docx') {
        bytes = Buffer.from(await progressReportDocx(report, options.language));
        if (bytes.subarray(0, 2).toString('latin1') !== DOCX_SIGNATURE) throw new PlanError('pdf-failed', {});
      } else {
        if (!host.printToPdf) throw new PlanError('pdf-unavailable');
        bytes = Buffer.from(await host.printToPdf({ route: reportPrintRoute(options), pageSize: 'A4', landscape: false }));
        try {
          checkBytes('pdf', bytes, 1);
        } catch {
          throw new PlanError('pdf-failed', {});
        }
      }
      return saveAs(format, suggestedName ?? defaultName(planName, report.statusDate), bytes);
    },

    async saveProgressReportSlide({ dataBase64, suggestedName }) {
      const bytes = Buffer.from(dataBase64, 'base64');
      checkBytes('png', bytes, 1);
      return saveAs('png', suggestedName, bytes);
    },
  };
}

/** "Kế hoạch 1049 - Báo cáo tiến độ 03-12-2026". */
export function defaultName(planFileName: string, statusDate: string): string {
  const [y, m, d] = statusDate.split('-');
  return `${planFileName.replace(/\.tiendo$/i, '')} - Báo cáo tiến độ ${d}-${m}-${y}`;
}

/** A file name without folders or characters Windows refuses, ending in the format's extension. */
function fileName(name: string, ext: SavedFormat): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const clean = base.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim() || 'Báo cáo tiến độ';
  return path.extname(clean).toLowerCase() === `.${ext}` ? clean : `${clean}.${ext}`;
}
