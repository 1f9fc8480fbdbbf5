/**
 * `tiendo import <file> --out <plan.tiendo>`: any file the app imports
 * becomes a new plan file, complete or not at all; an existing file is
 * never overwritten and the source is only read.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { PlanError } from '../core/errors';
import { readImportFile } from '../core/import/source';
import { planFromImport, type ImportOutcome } from '../core/import/toPlan';
import { readInterchangeFile } from '../core/interchange';
import { docxToHtml } from '../db/importing/docx';
import { readImportSource } from '../db/importing/readImportSource';
import { createPlanFile } from '../db/planStore';
import { singleFile, usageError, type CliArgs, type Language } from './args';
import type { CliIo } from './main';
import { checkNotSameFile } from './planFile';

export async function importCommand(args: CliArgs, io: CliIo): Promise<void> {
  const source = singleFile(args, 'tệp cần nhập', 'the file to import');
  if (args.out === null) throw usageError(args.lang, 'Thiếu --out <kế-hoạch.tiendo>.', 'Missing --out <plan.tiendo>.');
  checkNotSameFile(source, args.out, args.lang);
  const bytes = readImportSource(source);
  const outcome = await importBytes(path.basename(source), bytes);
  const written = createPlanFile(args.out, outcome.plan);
  io.stdout.write(`${summary(outcome, written, args.lang)}\n`);
  // What could not be carried over from another planner's file.
  for (const problem of outcome.problems ?? []) io.stderr.write(`${args.lang === 'en' ? 'Not carried over' : 'Không mang sang được'}: ${problem}\n`);
}

type Imported = ImportOutcome & { problems?: string[] };

async function importBytes(name: string, bytes: Uint8Array): Promise<Imported> {
  const other = readInterchangeFile(name, bytes, randomUUID);
  if (other !== null) return { plan: other.plan, addedTasks: other.plan.tasks.length, addedUnits: other.plan.units.map((u) => u.name), flaggedTasks: 0, problems: other.problems };
  const table = await readImportFile(name, bytes, { docxToHtml });
  if (table.rows.length === 0) {
    throw new PlanError('empty-import', ['Không tìm thấy công việc nào trong tệp.', ...table.problems].join(' '));
  }
  return planFromImport(table, name, randomUUID, new Date());
}

function summary(outcome: ImportOutcome, file: string, lang: Language): string {
  const { addedTasks, addedUnits, flaggedTasks } = outcome;
  if (lang === 'en') {
    return `Created ${file}: ${addedTasks} tasks, ${addedUnits.length} units` + (flaggedTasks > 0 ? `; ${flaggedTasks} tasks to check (see their notes).` : '.');
  }
  return `Đã tạo ${file}: ${addedTasks} công việc, ${addedUnits.length} đơn vị` + (flaggedTasks > 0 ? `; ${flaggedTasks} công việc cần kiểm tra (xem ghi chú).` : '.');
}
