/**
 * The shell's own small settings between runs — window placement and the UI
 * language of the menus — in one JSON file in Electron's userData folder.
 * Read defensively (any damage: that part is forgotten, never a crash) and
 * written atomically (temporary file, then rename).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UI_LANGUAGES, type UiLanguage } from '../core/api/features/shell';
import { windowStateSchema, type WindowState } from './windowState';

export const SHELL_STATE_FILE_NAME = 'shell-state.json';
const MAX_BYTES = 64 * 1024;

export interface ShellState {
  window: WindowState | null;
  language: UiLanguage | null;
}

export const EMPTY_SHELL_STATE: ShellState = { window: null, language: null };

/** Each part is validated on its own, so a bad window entry does not cost the language. */
export function parseShellState(data: unknown): ShellState {
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return EMPTY_SHELL_STATE;
  const record = data as Record<string, unknown>;
  const window = windowStateSchema.safeParse(record.window);
  const language = z.enum(UI_LANGUAGES).safeParse(record.language);
  return { window: window.success ? window.data : null, language: language.success ? language.data : null };
}

export function readShellState(file: string): ShellState {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > MAX_BYTES) return EMPTY_SHELL_STATE;
    return parseShellState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return EMPTY_SHELL_STATE; // unreadable or not JSON: start with the defaults
  }
}

/** Throws on failure (the caller logs it: losing the window size is not worth a dialog). */
export function writeShellState(file: string, state: ShellState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body: Record<string, unknown> = { version: 1 };
  if (state.window) body.window = state.window;
  if (state.language) body.language = state.language;
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(body, null, 2)}\n`);
  fs.renameSync(temporary, file);
}
