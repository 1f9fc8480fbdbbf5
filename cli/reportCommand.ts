/**
 * `tiendo report <plan.tiendo> --format pdf|docx|png --out <file>`: the
 * progress report (Báo cáo tiến độ) as the app makes it — the A4 page as PDF,
 * the Word document, or the 16:9 meeting slide as PNG (or its PDF with
 * --format slide-pdf) — in --lang, optionally grouped by lead unit.
 */
import { isoFromLocalDate, parseViDate } from '../core/dates';
import { buildProgressReport } from '../core/report/progressReport';
import { progressReportDocx } from '../core/report/reportDocx';
import { A4_PAGE, reportPageSvg } from '../core/report/reportPage';
import { REPORT_SLIDE, reportSlideSvg } from '../core/report/reportSlide';
import { writeFileAtomic } from '../db/importing/atomicWrite';
import { writeAllOrNothing } from '../db/handlers/timelineExportFiles';
import { singleFile, usageError, type CliArgs } from './args';
import { svgPagesToPdf, svgPagesToPng } from './chromium';
import { embeddedFontCss } from './exportFont';
import type { CliIo } from './main';
import { checkNotSameFile, readPlanFile } from './planFile';

export const REPORT_FORMATS = ['pdf', 'docx', 'png', 'slide-pdf'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function reportCommand(args: CliArgs, io: CliIo): Promise<void> {
  const lang = args.lang;
  const input = singleFile(args, 'tệp kế hoạch (.tiendo)', 'the plan file (.tiendo)');
  const format = args.format ?? 'pdf';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw usageError(lang, `Không có định dạng báo cáo “${format}” (chọn ${REPORT_FORMATS.join(', ')}).`, `Unknown report format “${format}” (choose ${REPORT_FORMATS.join(', ')}).`);
  }
  if (args.out === null) throw usageError(lang, 'Thiếu --out <tệp>.', 'Missing --out <file>.');
  checkNotSameFile(input, args.out, lang);
  const statusDate = args.statusDate === null ? undefined : parseViDate(args.statusDate);
  if (statusDate === null) throw usageError(lang, `--status-date cần một ngày dd/mm/yyyy (không phải “${args.statusDate}”).`, `--status-date takes a date dd/mm/yyyy (not “${args.statusDate}”).`);
  const baselineIndex = args.baseline === null ? undefined : Number(args.baseline);
  if (baselineIndex !== undefined && !(Number.isInteger(baselineIndex) && baselineIndex >= 0 && baselineIndex <= 10)) {
    throw usageError(lang, `--baseline nhận số kế hoạch gốc từ 0 đến 10 (không phải “${args.baseline}”).`, `--baseline takes a baseline number from 0 to 10 (not “${args.baseline}”).`);
  }
  const plan = readPlanFile(input);
  const report = buildProgressReport(plan, {
    today: isoFromLocalDate(new Date()),
    groupByUnit: args.byUnit,
    ...(statusDate !== undefined ? { statusDate } : {}),
    ...(baselineIndex !== undefined ? { baselineIndex } : {}),
  });
  const bytes = await reportBytes(format as ReportFormat, report, lang);
  if (format === 'docx') writeFileAtomic(args.out, bytes);
  else writeAllOrNothing([args.out], [Buffer.from(bytes)]);
  io.stdout.write(`${args.out}\n`);
}

async function reportBytes(format: ReportFormat, report: ReturnType<typeof buildProgressReport>, lang: CliArgs['lang']): Promise<Uint8Array> {
  if (format === 'docx') return progressReportDocx(report, lang);
  const fontCss = embeddedFontCss();
  if (format === 'pdf') {
    const page = { svg: reportPageSvg(report, { language: lang, fontCss }), width: A4_PAGE.width, height: A4_PAGE.height };
    return svgPagesToPdf([page], A4_PAGE.mm, lang);
  }
  const slide = { svg: reportSlideSvg(report, { language: lang, fontCss }), width: REPORT_SLIDE.width, height: REPORT_SLIDE.height };
  if (format === 'slide-pdf') return svgPagesToPdf([slide], REPORT_SLIDE.mm, lang);
  const [png] = await svgPagesToPng([slide], 2, lang);
  return png!;
}
