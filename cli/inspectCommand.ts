/** `tiendo inspect <plan.tiendo> [--json]`. */
import { singleFile, type CliArgs } from './args';
import { inspectReport, inspectText } from './inspectReport';
import type { CliIo } from './main';
import { readPlanFile } from './planFile';

export async function inspectCommand(args: CliArgs, io: CliIo): Promise<void> {
  const file = singleFile(args, 'tệp kế hoạch (.tiendo)', 'the plan file (.tiendo)');
  const report = inspectReport(readPlanFile(file));
  io.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : inspectText(report, args.lang));
}
