/**
 * The shell's view of the plan session: which file to open at start-up, and
 * a hook on every plan the handlers return (whether the renderer, the menu
 * or a second launch opened it) so the window title follows the open file.
 * The session itself (db/) is injected; nothing here knows SQLite.
 */
import { API_METHODS, type OpenPlan } from '../core/api/contract';
import type { ApiHandlers } from '../core/api/dispatch';

export interface StartupDeps<S> {
  open: (path: string) => S | Promise<S>;
  /** Creates the default plan file if needed and returns its path. */
  defaultPath: () => string;
  reportError: (file: string, error: unknown) => void | Promise<void>;
}

/**
 * Opens the file from the command line, or the default plan. A command-line
 * file that cannot be opened is reported and the default plan opens instead,
 * so a bad double-click never leaves the app without a window.
 */
export async function openStartupSession<S>(launchFile: string | null, deps: StartupDeps<S>): Promise<S> {
  if (launchFile !== null) {
    try {
      return await deps.open(launchFile);
    } catch (error) {
      await deps.reportError(launchFile, error);
    }
  }
  return deps.open(deps.defaultPath());
}

/** An OpenPlan result (getPlan, openPlan, openPlanWithDialog, and whatever later returns one). */
export function isOpenPlan(value: unknown): value is OpenPlan {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.fileName === 'string' && typeof v.readOnly === 'boolean' && typeof v.plan === 'object' && v.plan !== null;
}

/**
 * Same handlers, plus a callback with every OpenPlan a handler returns, so
 * the window title follows whichever way a plan was opened. Matching on the
 * result rather than on method names keeps it right as features add methods.
 * Methods are called on the original object (class-based handlers keep `this`).
 */
export function observeOpenedPlans(handlers: ApiHandlers, onOpened: (plan: OpenPlan) => void): ApiHandlers {
  const observed: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    observed[method] = async (...args: never[]) => {
      const result = await (handlers[method] as (...a: never[]) => unknown).apply(handlers, args);
      if (isOpenPlan(result)) onOpened(result);
      return result;
    };
  }
  return observed as unknown as ApiHandlers;
}
