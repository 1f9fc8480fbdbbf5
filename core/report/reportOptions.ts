/**
 * What the user chooses for a progress report, validated wherever it crosses
 * a boundary (the API, the print view's address): the report's language,
 * grouping by lead unit, the baseline compared with, the status date (the
 * plan's when absent) and the day it is made.
 */
import { z } from 'zod';
import { MAX_BASELINES } from '../baseline';
import { LANGUAGES } from '../language';
import { isoDateSchema } from '../model';
import type { ProgressReportOptions } from './progressReport';

export const REPORT_FORMATS = ['pdf', 'docx', 'png'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reportOptionsSchema = z.object({
  language: z.enum(LANGUAGES),
  groupByUnit: z.boolean(),
  baselineIndex: z.number().int().min(0).max(MAX_BASELINES - 1).optional(),
  statusDate: isoDateSchema.optional(),
  today: isoDateSchema,
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/** The options buildProgressReport takes (absent fields left out, as exactOptionalPropertyTypes wants). */
export function progressReportOptions(o: ReportOptions): ProgressReportOptions {
  return {
    today: o.today,
    groupByUnit: o.groupByUnit,
    ...(o.statusDate !== undefined ? { statusDate: o.statusDate } : {}),
    ...(o.baselineIndex !== undefined ? { baselineIndex: o.baselineIndex } : {}),
  };
}
