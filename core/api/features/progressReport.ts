/**
 * The progress report (Báo cáo tiến độ, issue 13 §3). The A4 PDF is printed
 * by the host from the report's print view (HostServices.printToPdf) and the
 * Word document is written here; the 16:9 slide PNG is drawn in the
 * renderer (it has a canvas) and only saved here. Each asks where to save:
 * null when cancelled.
 */
import { z } from 'zod';
import { reportOptionsSchema } from '../../report/reportOptions';
import type { SavedExport } from './timelineExport';
import { base64Schema, suggestedNameSchema } from './timelineExport';

export const progressReportContract = {
  exportProgressReport: z.tuple([
    z.object({
      format: z.enum(['pdf', 'docx']),
      options: reportOptionsSchema,
      suggestedName: suggestedNameSchema.optional(),
    }),
  ]),
  saveProgressReportSlide: z.tuple([z.object({ dataBase64: base64Schema, suggestedName: suggestedNameSchema })]),
} as const;

export interface ProgressReportReturns {
  exportProgressReport: SavedExport | null;
  saveProgressReportSlide: SavedExport | null;
}
