/**
 * The shell's view of the plan session: which file to open at start-up, and
 * a hook after every API call (whether the renderer, the menu or a second
 * launch made it) so the window title and the recent-files menu follow the
 * document. The session itself (db/) is injected; nothing here knows SQLite.
 */
import { API_METHODS, type ApiMethod } from '../core/api/contract';
import type { ApiHandlers } from '../core/api/dispatch';

export interface StartupDeps<S> {
  open: (path: string) => S | Promise<S>;
  /** The plan that was open when the app last ran (the newest recent file that exists), or null. */
  lastPath?: () => string | null;
  /** Creates the default plan file if needed and returns its path. */
  defaultPath: () => string;
  reportError: (file: string, error: unknown) => void | Promise<void>;
}

/**
 * Opens the file from the command line, else the last plan, else the
 * default plan. A file that cannot be opened is reported and the next
 * choice opens instead (a bad launch file falls back to the last plan), so a bad double-click never leaves the app without
 * a window.
 */
export async function openStartupSession<S>(launchFile: string | null, deps: StartupDeps<S>): Promise<S> {
  const last = deps.lastPath?.() ?? null;
  const candidates = [launchFile, last === launchFile ? null : last].filter((file): file is string => file !== null);
  for (const file of candidates) {
    try {
      return await deps.open(file);
    } catch (error) {
      await deps.reportError(file, error);
    }
  }
  return deps.open(deps.defaultPath());
}

/**
 * Same handlers; `after(method)` runs after each call, whether it succeeded
 * or failed. Methods are called on the original object (class-based
 * handlers keep `this`).
 */
export function afterEachCall(handlers: ApiHandlers, after: (method: ApiMethod) => void): ApiHandlers {
  const observed: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    observed[method] = async (...args: never[]) => {
      try {
        return await (handlers[method] as (...a: never[]) => unknown).apply(handlers, args);
      } finally {
        after(method);
      }
    };
  }
  return observed as unknown as ApiHandlers;
}
