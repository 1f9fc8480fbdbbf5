/**
 * The shell's view of the plan session: which file to open at start-up, and
 * a hook on every successful openPlan (from the renderer, the menu or a
 * second launch) so the window title follows the open file. The session
 * itself (db/session.ts) is injected; nothing here knows SQLite.
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

/** Same handlers, plus a callback after each successful openPlan. Methods are called on the original object (class-based handlers keep `this`). */
export function observeOpenedPlans(handlers: ApiHandlers, onOpened: (plan: OpenPlan) => void): ApiHandlers {
  const observed: Record<string, (...args: never[]) => unknown> = {};
  for (const method of API_METHODS) {
    observed[method] = (...args: never[]) => (handlers[method] as (...a: never[]) => unknown).apply(handlers, args);
  }
  observed.openPlan = async (path: string) => {
    const opened = await handlers.openPlan(path);
    onOpened(opened);
    return opened;
  };
  return observed as unknown as ApiHandlers;
}
