/**
 * What the user chooses for a timeline export (the same object drives the
 * PNG/SVG export in the renderer, the print view and the PDF API call), and
 * the page presets it refers to.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../model';

export const TIMELINE_PRESETS = ['slide', 'A4', 'A3'] as const;
export type TimelinePreset = (typeof TIMELINE_PRESETS)[number];
export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Which tasks to draw: every given condition must hold (an empty filter keeps all). */
export const timelineFilterSchema = z.object({
  /** Exactly these tasks (e.g. the rows the screen's filter shows), still in plan order. */
  taskIds: z.array(idSchema).max(200_000).optional(),
  criticalOnly: z.boolean().optional(),
  /** Tasks led by one of these units. */
  leadUnitIds: z.array(idSchema).max(10_000).optional(),
  /** Part of the task name, matched without diacritics ("hoi thao" finds "hội thảo"). */
  text: z.string().max(500).optional(),
});
export type TimelineFilter = z.infer<typeof timelineFilterSchema>;

export const timelineExportOptionsSchema = z.object({
  /** First and last day shown; null → from the plan's start (or earliest task) to its deadline (or latest finish). */
  rangeStart: isoDateSchema.nullable(),
  rangeEnd: isoDateSchema.nullable(),
  filter: timelineFilterSchema.nullable(),
  preset: z.enum(TIMELINE_PRESETS),
  /** Paper only: a slide is always 16:9 landscape. */
  orientation: z.enum(['landscape', 'portrait']),
  /** week: months over week start dates; month: quarters over months. */
  timeScale: z.enum(['week', 'month']),
  /** Shade weekends and holidays (week scale only: in the month scale a day is under 2 px). */
  showNonWorkingDays: z.boolean(),
  /** Multiplies the preset's font sizes: smaller text fits more rows per page. */
  fontScale: z.number().min(0.6).max(1.6),
  language: z.enum(['vi', 'en']),
  /** Adds the Bắt đầu / Kết thúc columns (dd/mm/yyyy) after the lead unit. */
  showDateColumns: z.boolean().optional(),
  /** Writes each bar's dates and % complete beside it. */
  showBarLabels: z.boolean().optional(),
  /** Draws the approved baseline (kế hoạch gốc 0) as a thin grey bar under each bar that has one. */
  showBaseline: z.boolean().optional(),
  /** The user's local date: "Cập nhật ngày" and the today line when the plan has no status date. */
  today: isoDateSchema,
});
export type TimelineExportOptions = z.infer<typeof timelineExportOptionsSchema>;

export function defaultExportOptions(today: string): TimelineExportOptions {
  return {
    rangeStart: null,
    rangeEnd: null,
    filter: null,
    preset: 'slide',
    orientation: 'landscape',
    timeScale: 'week',
    showNonWorkingDays: true,
    fontScale: 1,
    language: 'vi',
    showDateColumns: false,
    showBarLabels: false,
    today,
  };
}

export interface PageSpec {
  /** Page size in CSS px (96 per inch); paper sizes are exact millimetres converted. */
  width: number;
  height: number;
  margin: number;
  /** Base font size in px before fontScale. */
  fontSize: number;
  /** For print CSS: the sheet in millimetres (null for a slide). */
  mm: { width: number; height: number } | null;
}

const MM = 96 / 25.4;
const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [297, 210], A3: [420, 297] };
/** Base font per paper: about 8.5 pt on A4 and 10 pt on A3, readable when printed. */
const PAPER_FONT: Record<PaperSize, number> = { A4: 11, A3: 13 };

/**
 * Slide: 1920×1080 with 18 px text (legible from the back of a meeting room
 * on a 16:9 screen; a long plan continues on further slides).
 */
export function pageSpec(preset: TimelinePreset, orientation: 'landscape' | 'portrait'): PageSpec {
  if (preset === 'slide') return { width: 1920, height: 1080, margin: 40, fontSize: 18, mm: null };
  const [long, short] = PAPER_MM[preset];
  const [w, h] = orientation === 'landscape' ? [long, short] : [short, long];
  return { width: w * MM, height: h * MM, margin: 10 * MM, fontSize: PAPER_FONT[preset], mm: { width: w, height: h } };
}
