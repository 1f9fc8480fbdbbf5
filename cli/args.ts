/**
 * The command line read into a command, its file arguments and its options.
 * Unknown options are refused rather than ignored: a typo in `--out` must
 * never write somewhere unexpected.
 */
import { PlanError } from '../core/errors';
import type { Language } from '../core/language';

export type { Language };

export interface CliArgs {
  command: string | null;
  files: string[];
  json: boolean;
  help: boolean;
  out: string | null;
  format: string | null;
  columns: string | null;
  lang: Language;
  /** `tiendo report`: group by lead unit, the status date (dd/mm/yyyy) and the baseline index. */
  byUnit: boolean;
  statusDate: string | null;
  baseline: string | null;
}

const VALUE_OPTIONS = new Set(['--out', '--format', '--lang', '--columns', '--status-date', '--baseline']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--by-unit']);

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: null, files: [], json: false, help: false, out: null, format: null, columns: null, lang: 'vi', byUnit: false, statusDate: null, baseline: null };
  // The language is read first so that every later refusal is in it.
  const langAt = argv.indexOf('--lang');
  if (langAt >= 0 && argv[langAt + 1] === 'en') args.lang = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    if (FLAG_OPTIONS.has(name)) {
      if (name === '--json') args.json = true;
      else if (name === '--by-unit') args.byUnit = true;
      else args.help = true;
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw usageError(args.lang, `${name} cần một giá trị.`, `${name} needs a value.`);
      setValue(args, name, value);
    } else if (name.startsWith('-') && name !== '-') {
      throw usageError(args.lang, `Không có tuỳ chọn “${name}”.`, `Unknown option “${name}”.`);
    } else if (args.command === null) {
      args.command = arg;
    } else {
      args.files.push(arg);
    }
  }
  return args;
}

function setValue(args: CliArgs, name: string, value: string): void {
  if (name === '--out') args.out = value;
  else if (name === '--format') args.format = value.toLowerCase();
  else if (name === '--columns') args.columns = value;
  else if (name === '--status-date') args.statusDate = value;
  else if (name === '--baseline') args.baseline = value;
  else if (value === 'vi' || value === 'en') args.lang = value;
  else throw usageError(args.lang, `--lang chỉ nhận vi hoặc en (không phải “${value}”).`, `--lang takes vi or en (not “${value}”).`);
}

/** A mistake in the command line itself (exit status 2, like every refusal). */
export function usageError(lang: Language, vi: string, en: string): PlanError {
  return new PlanError('usage', `${lang === 'en' ? en : vi} ${lang === 'en' ? 'See tiendo --help.' : 'Xem tiendo --help.'}`);
}

/** The one file argument a command takes. */
export function singleFile(args: CliArgs, vi: string, en: string): string {
  const [file, ...extra] = args.files;
  if (file === undefined) throw usageError(args.lang, `Thiếu ${vi}.`, `Missing ${en}.`);
  if (extra.length > 0) throw usageError(args.lang, `Thừa đối số “${extra.join(' ')}”.`, `Unexpected argument “${extra.join(' ')}”.`);
  return file;
}
