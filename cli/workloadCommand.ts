/**
 * `tiendo workload <plan.tiendo> [--json] [--out file.xlsx|file.csv]`: how
 * many tasks each unit leads and coordinates in each month (issue 13 §4), as
 * a text table, one JSON object, or a workbook / CSV (by the file's extension
 * or --format), in --lang.
 */
import path from 'node:path';
import { monthLabel, unitWorkloadCsv, unitWorkloadXlsx } from '../core/formats/unitWorkloadTable';
import { unitWorkload, type UnitWorkload } from '../core/progress/unitWorkload';
import { writeFileAtomic } from '../db/importing/atomicWrite';
import { singleFile, usageError, type CliArgs, type Language } from './args';
import type { CliIo } from './main';
import { checkNotSameFile, readPlanFile } from './planFile';

export const WORKLOAD_FORMATS = ['xlsx', 'csv'] as const;

export async function workloadCommand(args: CliArgs, io: CliIo): Promise<void> {
  const lang = args.lang;
  const input = singleFile(args, 'tệp kế hoạch (.tiendo)', 'the plan file (.tiendo)');
  const format = args.out === null ? null : outputFormat(args, args.out);
  if (args.out !== null) checkNotSameFile(input, args.out, lang);
  const plan = readPlanFile(input);
  const workload = unitWorkload(plan);
  if (args.out !== null) {
    const bytes = format === 'xlsx' ? await unitWorkloadXlsx(workload, lang, plan.info.title) : new TextEncoder().encode(unitWorkloadCsv(workload, lang));
    writeFileAtomic(args.out, bytes);
    io.stdout.write(`${args.out}\n`);
  } else if (args.json) {
    const units = workload.rows.map(({ unitId, unitName, ...counts }) => ({ id: unitId, name: unitName, ...counts }));
    io.stdout.write(`${JSON.stringify({ months: workload.months, units }, null, 2)}\n`);
  } else {
    io.stdout.write(workloadText(workload, lang));
  }
}

function outputFormat(args: CliArgs, out: string): (typeof WORKLOAD_FORMATS)[number] {
  const format = args.format ?? path.extname(out).slice(1).toLowerCase();
  if (format === 'xlsx' || format === 'csv') return format;
  throw usageError(args.lang, `workload ghi tệp .xlsx hoặc .csv (không phải “${format || out}”).`, `workload writes an .xlsx or .csv file (not “${format || out}”).`);
}

/** One line per unit: each month "lead·coordinating", then the whole plan's; units with no task after a count. */
export function workloadText(workload: UnitWorkload, lang: Language): string {
  const en = lang === 'en';
  const busy = workload.rows.filter((r) => r.leadTotal + r.coordinateTotal > 0);
  const names = busy.map((r) => (r.unitName.length > 36 ? `${r.unitName.slice(0, 35)}…` : r.unitName).replace(/\s+/g, ' '));
  const nameWidth = Math.max(en ? 4 : 6, ...names.map((n) => n.length));
  const heads = [...workload.months.map((m) => shortMonth(m, lang)), en ? 'Total' : 'Cả KH'];
  const cellWidth = Math.max(...heads.map((h) => h.length), 5);
  const pad = (text: string) => text.padStart(cellWidth);
  const lines = [
    en ? 'Unit workload (lead · coordinating tasks active in each month)' : 'Khối lượng theo đơn vị (số công việc chủ trì · phối hợp trong từng tháng)',
    `${(en ? 'Unit' : 'Đơn vị').padEnd(nameWidth)}  ${heads.map(pad).join(' ')}`,
    ...busy.map((row, i) => {
      const cells = [...row.lead.map((n, c) => `${n}·${row.coordinate[c]}`), `${row.leadTotal}·${row.coordinateTotal}`];
      return `${names[i]!.padEnd(nameWidth)}  ${cells.map(pad).join(' ')}`;
    }),
  ];
  const idle = workload.rows.length - busy.length;
  if (idle > 0) lines.push(en ? `${idle} other units have no task.` : `${idle} đơn vị khác không có công việc.`);
  return `${lines.join('\n')}\n`;
}

/** "T4/26" / "Apr 26": short enough for nine months on one line. */
function shortMonth(month: string, lang: Language): string {
  if (lang === 'en') return monthLabel(month, 'en').replace(/ (\d\d)(\d\d)$/, ' $2');
  return `T${Number(month.slice(5, 7))}/${month.slice(2, 4)}`;
}
