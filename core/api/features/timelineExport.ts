/**
 * Timeline exports. PNG and SVG are drawn in the renderer (it has the
 * fonts and a canvas) and only saved here; a PDF is printed by the host
 * from the renderer's print view (HostServices.printToPdf), then saved.
 */
import { z } from 'zod';
import { timelineExportOptionsSchema } from '../../export/options';

/** Base64 (standard alphabet): one page at 3× on A3 is well under 64 MB. */
export const base64Schema = z
  .string()
  .min(1)
  .max(64_000_000)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'Dữ liệu base64 không hợp lệ' });

export const suggestedNameSchema = z.string().min(1).max(255);
const exportIdSchema = z.string().min(1).max(64);

export const timelineExportContract = {
  /**
   * Asks where to save and writes the pages: one page → the chosen file;
   * several → "<name>-trang-01.png", "-trang-02.png"… beside it. null when cancelled.
   */
  saveTimelineExport: z.tuple([
    z.object({
      format: z.enum(['png', 'svg']),
      /** Each page's bytes, base64. */
      pages: z.array(base64Schema).min(1).max(5_000),
      suggestedName: suggestedNameSchema,
    }),
  ]),
  /**
   * A long export, streamed: asks where to save (null when cancelled), then takes
   * the pages one call each, and writes every file at finish (none if a page is
   * missing or the export is cancelled).
   */
  beginTimelineExport: z.tuple([
    z.object({
      format: z.enum(['png', 'svg']),
      pageCount: z.number().int().min(1).max(5_000),
      suggestedName: suggestedNameSchema,
    }),
  ]),
  writeTimelineExportPage: z.tuple([z.object({ exportId: exportIdSchema, page: z.number().int().min(1).max(5_000), dataBase64: base64Schema })]),
  finishTimelineExport: z.tuple([z.object({ exportId: exportIdSchema })]),
  cancelTimelineExport: z.tuple([z.object({ exportId: exportIdSchema })]),
  /** Prints the timeline of the open plan to PDF (A4/A3), asks where to save, writes it. null when cancelled. */
  exportTimelinePdf: z.tuple([
    z.object({
      options: timelineExportOptionsSchema,
      suggestedName: suggestedNameSchema.optional(),
    }),
  ]),
} as const;

export interface SavedExport {
  /** The first (or only) file written. */
  path: string;
  /** Every file written, in page order. */
  paths: string[];
}

export interface TimelineExportReturns {
  saveTimelineExport: SavedExport | null;
  beginTimelineExport: { exportId: string; paths: string[] } | null;
  writeTimelineExportPage: null;
  finishTimelineExport: SavedExport;
  cancelTimelineExport: null;
  exportTimelinePdf: SavedExport | null;
}
