/**
 * The `tiendo` command: inspect, import and export plans with the same core/
 * and db/ code as the app. A refusal (PlanError) prints its message and exits
 * with status 2; anything unexpected exits with 1.
 */
import { PlanError } from '../core/errors';
import { parseArgs, usageError, type CliArgs, type Language } from './args';
import { exportCommand } from './exportCommand';
import { helpText } from './help';
import { importCommand } from './importCommand';
import { inspectCommand } from './inspectCommand';
import { localMessage } from './messages';
import { reportCommand } from './reportCommand';
import { workloadCommand } from './workloadCommand';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const EXIT_REFUSED = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Language = 'vi';
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.help || args.command === null || args.command === 'help') {
      io.stdout.write(helpText(lang));
      return 0;
    }
    await runCommand(args, io);
    return 0;
  } catch (error) {
    if (error instanceof PlanError) {
      io.stderr.write(`${localMessage(error, lang)}\n`);
      return EXIT_REFUSED;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`${lang === 'en' ? 'Unexpected error' : 'Lỗi không mong đợi'}: ${detail}\n`);
    return 1;
  }
}

async function runCommand(args: CliArgs, io: CliIo): Promise<void> {
  switch (args.command) {
    case 'inspect':
      return inspectCommand(args, io);
    case 'import':
      return importCommand(args, io);
    case 'export':
      return exportCommand(args, io);
    case 'report':
      return reportCommand(args, io);
    case 'workload':
      return workloadCommand(args, io);
    default:
      throw usageError(args.lang, `Không có lệnh “${args.command}”.`, `Unknown command “${args.command}”.`);
  }
}
