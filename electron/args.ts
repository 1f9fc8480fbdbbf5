/**
 * Which plan file the command line asks for: `tiendo plan.tiendo`, or in
 * development `electron . plan.tiendo`. Chromium and Node flags (--inspect,
 * --original-process-start-time=…) may appear anywhere and are skipped.
 */
import { isAbsolute, resolve } from 'node:path';

export const PLAN_EXTENSION = '.tiendo';

export interface ArgvContext {
  /** process.defaultApp: true when run as `electron <app path>`, whose app path is not a file to open. */
  defaultApp: boolean;
  /** Relative paths are resolved against the launching process's working directory. */
  cwd: string;
}

/** The positional arguments after the executable (and the app path in development). */
export function positionalArgs(argv: readonly string[], context: Pick<ArgvContext, 'defaultApp'>): string[] {
  const positional: string[] = [];
  let afterDoubleDash = false;
  for (const arg of argv.slice(1)) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
    } else if (afterDoubleDash || !arg.startsWith('-')) {
      positional.push(arg);
    }
  }
  return context.defaultApp ? positional.slice(1) : positional;
}

export function isPlanFileName(name: string): boolean {
  return name.toLowerCase().endsWith(PLAN_EXTENSION) && name.length > PLAN_EXTENSION.length;
}

/** The absolute path of the first .tiendo argument, or null. */
export function findPlanFileArg(argv: readonly string[], context: ArgvContext): string | null {
  const file = positionalArgs(argv, context).find(isPlanFileName);
  if (file === undefined) return null;
  return isAbsolute(file) ? resolve(file) : resolve(context.cwd, file);
}
