/**
 * `tiendo export <plan.tiendo> --format … --out <file>`: the app's own
 * writers (plan table, timeline chart, interchange formats), each written
 * whole or not at all; the plan file is only read.
 */
import { defaultExportOptions, pageSpec, type TimelineExportOptions } from '../core/export/options';
import { layoutTimeline } from '../core/export/timelineLayout';
import { renderTimelineSvg } from '../core/export/timelineSvg';
import { isoFromLocalDate } from '../core/dates';
import { COMPUTED_COLUMNS, planTableCsv, planTableDocx, planTableXlsx, type ComputedColumn } from '../core/formats';
import { planToGan, planToMspdi } from '../core/interchange';
import type { Plan } from '../core/model';
import { schedulePlan } from '../core/schedule';
import { writeFileAtomic } from '../db/importing/atomicWrite';
import { targetsFor, writeAllOrNothing } from '../db/handlers/timelineExportFiles';
import { singleFile, usageError, type CliArgs, type Language } from './args';
import { svgPagesToPdf, svgPagesToPng, type SvgPage } from './chromium';
import { embeddedFontCss } from './exportFont';
import type { CliIo } from './main';
import { checkNotSameFile, readPlanFile } from './planFile';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'docx', 'mspdi', 'gan', 'svg', 'png', 'pdf'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function exportCommand(args: CliArgs, io: CliIo): Promise<void> {
  const input = singleFile(args, 'tệp kế hoạch (.tiendo)', 'the plan file (.tiendo)');
  const format = exportFormat(args);
  if (args.out === null) throw usageError(args.lang, 'Thiếu --out <tệp>.', 'Missing --out <file>.');
  checkNotSameFile(input, args.out, args.lang);
  const plan = readPlanFile(input);
  const written = await writeExport(plan, format, args.out, args);
  io.stdout.write(`${written.join('\n')}\n`);
}

function exportFormat(args: CliArgs): ExportFormat {
  const format = args.format;
  if (format === null) throw usageError(args.lang, `Thiếu --format (${EXPORT_FORMATS.join(', ')}).`, `Missing --format (${EXPORT_FORMATS.join(', ')}).`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw usageError(args.lang, `Không có định dạng “${format}” (chọn ${EXPORT_FORMATS.join(', ')}).`, `Unknown format “${format}” (choose ${EXPORT_FORMATS.join(', ')}).`);
  }
  return format as ExportFormat;
}

/** Writes the export; returns the files written (a long chart is one file per page). */
async function writeExport(plan: Plan, format: ExportFormat, out: string, args: CliArgs): Promise<string[]> {
  switch (format) {
    case 'xlsx':
    case 'csv':
    case 'docx': {
      const columns = computedColumns(args);
      const bytes =
        format === 'xlsx'
          ? await planTableXlsx(plan, { columns })
          : format === 'docx'
            ? await planTableDocx(plan, { columns })
            : new TextEncoder().encode(planTableCsv(plan, { columns }));
      writeFileAtomic(out, bytes);
      return [out];
    }
    case 'svg':
    case 'png':
    case 'pdf':
      return writeChart(plan, format, out, args.lang, chartBaseline(args));
    case 'mspdi':
    case 'gan':
      writeFileAtomic(out, new TextEncoder().encode(format === 'mspdi' ? planToMspdi(plan) : planToGan(plan)));
      return [out];
  }
}

function computedColumns(args: CliArgs): ComputedColumn[] {
  if (args.columns === null) return [];
  const names = args.columns.split(',').map((c) => c.trim()).filter(Boolean);
  const unknown = names.filter((c) => !(COMPUTED_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    throw usageError(args.lang, `Không có cột “${unknown.join(', ')}” (chọn ${COMPUTED_COLUMNS.join(', ')}).`, `Unknown column “${unknown.join(', ')}” (choose ${COMPUTED_COLUMNS.join(', ')}).`);
  }
  return names as ComputedColumn[];
}

/** `--baseline 0` on a chart: the approved baseline's grey bars (the chart draws that one only, as the app's). */
function chartBaseline(args: CliArgs): boolean {
  if (args.baseline === null) return false;
  if (args.baseline.trim() !== '0') {
    throw usageError(args.lang, `Biểu đồ chỉ vẽ kế hoạch gốc số 0 (không phải “${args.baseline}”).`, `The chart draws baseline 0 only (not “${args.baseline}”).`);
  }
  return true;
}

/** The timeline as the app exports it: slides for SVG/PNG, A4 landscape sheets for PDF. */
async function writeChart(plan: Plan, format: 'svg' | 'png' | 'pdf', out: string, lang: Language, showBaseline: boolean): Promise<string[]> {
  const options: TimelineExportOptions = {
    ...defaultExportOptions(isoFromLocalDate(new Date())),
    language: lang,
    ...(showBaseline ? { showBaseline: true } : {}),
    ...(format === 'pdf' ? { preset: 'A4' as const, orientation: 'landscape' as const } : {}),
  };
  const layout = layoutTimeline(plan, schedulePlan(plan), options);
  const fontCss = embeddedFontCss();
  const pages: SvgPage[] = layout.pages.map((_, i) => ({
    svg: renderTimelineSvg(layout, i, { fontCss, idPrefix: `p${i + 1}` }),
    width: layout.width,
    height: layout.height,
  }));
  if (format === 'pdf') {
    const pdf = await svgPagesToPdf(pages, pageSpec(options.preset, options.orientation).mm!, lang);
    writeAllOrNothing([out], [pdf]);
    return [out];
  }
  const contents = format === 'svg' ? pages.map((p) => Buffer.from(p.svg, 'utf8')) : await svgPagesToPng(pages, 2, lang);
  const targets = targetsFor(out, contents.length);
  writeAllOrNothing(targets, contents);
  return targets;
}
