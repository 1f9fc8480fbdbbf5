/**
 * What the API handlers need from the machine they run on, beyond the plan
 * file: native file dialogs and who the user is. Electron's main process
 * implements it with `dialog` and `os`; tests implement it with fixed answers,
 * so every handler runs unchanged in both.
 */
import { FILE_TYPE_NAMES, type Worded } from './hostTexts';

export interface FileFilter {
  /** Shown in the UI language. */
  name: Worded;
  extensions: string[];
}

export interface HostServices {
  /** Asks the user for a file to open; null when cancelled. */
  chooseOpenPath(options: { title: Worded; filters: FileFilter[] }): Promise<string | null>;
  /** Asks the user where to save; null when cancelled. */
  chooseSavePath(options: { title: Worded; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** The user's display name and computer, recorded in locks and the change history. */
  userName(): string;
  computerName(): string;
  /** The current time (injectable so tests are deterministic). */
  now(): Date;
  /**
   * Prints a renderer route (the timeline print view, see core/export/printRoute.ts)
   * to PDF with Chromium's print pipeline: electron/printToPdf.ts in the app, a
   * Playwright page in the end-to-end tests. Optional: without it PDF export is refused.
   */
  printToPdf?(request: PrintToPdfRequest): Promise<Uint8Array>;
  /**
   * The renderer's UI language (setUiLanguage): the Electron shell rebuilds its
   * menus in it, the test host records it. Optional: nothing else depends on it.
   */
  setMenuLanguage?(language: 'vi' | 'en'): void;
}

export interface PrintToPdfRequest {
  /** Relative to the renderer's folder, e.g. "index.html#print?o=…". */
  route: string;
  pageSize: 'A4' | 'A3';
  landscape: boolean;
}

export const PLAN_FILE_FILTER: FileFilter = { name: FILE_TYPE_NAMES.plan, extensions: ['tiendo'] };
