/**
 * The document lifecycle the main process owns: New, Open, Open Recent, a
 * file from a second launch, and closing — each first asks about unsaved
 * changes (Lưu / Không lưu / Huỷ), the one question that must also guard
 * the window's close button and quitting. Everything goes through the same
 * API handlers as the renderer (`call` is dispatch), and Electron is
 * injected (`ask` shows a message box), so the flows are tested with fakes.
 */
import { basename, resolve } from 'node:path';
import type { MessageBoxOptions } from 'electron';
import type { ApiMethod, ApiResponse } from '../core/api/contract';
import type { OpenMode } from '../core/api/features/sharing';
import type { DocumentState, SharingResult } from '../core/api/features/sharing';
import type { UiLanguage } from '../core/api/features/shell';
import {
  LOCKED_CHOICES,
  lockedBoxOptions,
  notSavedBoxOptions,
  openFailedBoxOptions,
  UNSAVED_CHOICES,
  unsavedChangesBoxOptions,
} from './dialogs';

export interface DocumentDeps {
  /** dispatch over the current handlers. */
  call(method: ApiMethod, args: unknown[]): Promise<ApiResponse>;
  /** The page saves the text still being typed (electron/pageFlush.ts); false when it refused a value. */
  flushPage(): Promise<boolean>;
  /** Shows a message box (modal to the window when there is one); resolves to the button index. */
  ask(options: MessageBoxOptions): Promise<number>;
  /** The native open dialog with the .tiendo filter; null when cancelled. */
  chooseOpenPath(): Promise<string | null>;
  /** The page shows the newly opened plan (the contract has no "plan changed" event). */
  reloadPage(): void;
  /** Whether the session has a plan open (after "Không lưu" it has none until the next opens). */
  isOpen(): boolean;
  /** What to open when nothing is left open: the start-up choice (last plan, else the default). */
  fallbackPath(): string;
  language(): UiLanguage;
}

export interface DocumentActions {
  /** Asks about unsaved changes; true when the current plan may be closed or replaced. */
  confirmClose(): Promise<boolean>;
  newPlan(from: 'empty' | 'default'): Promise<void>;
  /** The open dialog, then the file. */
  open(): Promise<void>;
  /** A file from Open Recent, a second launch or macOS open-file. */
  openFile(file: string): Promise<void>;
  /** After closing with "Không lưu": open the fallback plan so a new window has something to show. */
  ensureOpen(): Promise<void>;
}

export function createDocumentActions(deps: DocumentDeps): DocumentActions {
  const lang = () => deps.language();

  async function documentState(): Promise<DocumentState | null> {
    const response = await deps.call('getDocumentState', []);
    return response.ok ? (response.value as DocumentState) : null; // no plan open: nothing to lose
  }

  async function confirmClose(): Promise<boolean> {
    // Text still in a field is an edit too: saved first, so the question (or a quiet close) sees it.
    if (!(await deps.flushPage())) return false;
    const state = await documentState();
    if (state === null || !state.dirty) return true;
    const choice = UNSAVED_CHOICES[await deps.ask(unsavedChangesBoxOptions(state.fileName, lang()))] ?? 'cancel';
    if (choice === 'cancel') return false;
    if (choice === 'discard') return (await deps.call('closePlan', [{ discardChanges: true }])).ok;
    const saved = await deps.call('save', []);
    if (saved.ok) {
      const result = saved.value as SharingResult;
      if (!result.state.dirty) return true;
      // A new plan whose Save As dialog was cancelled: the user changed their mind, no message.
      if (result.status === 'unchanged') return false;
      await deps.ask(notSavedBoxOptions(null, result.status === 'conflicts', lang()));
      deps.reloadPage(); // a merge may have changed the working copy: show it
      return false;
    }
    await deps.ask(notSavedBoxOptions(saved.error.message, false, lang()));
    return false;
  }

  async function ensureOpen(): Promise<void> {
    if (deps.isOpen()) return;
    const fallback = deps.fallbackPath();
    const response = await deps.call('openPlan', [fallback]);
    if (!response.ok) await deps.ask(openFailedBoxOptions(basename(fallback), response.error.message, lang()));
  }

  /** After an attempt to replace the plan: show the new one, or say why not (and never leave nothing open). */
  async function settle(response: ApiResponse | null, shownName: string): Promise<void> {
    if (response !== null && !response.ok) await deps.ask(openFailedBoxOptions(shownName, response.error.message, lang()));
    const replaced = response !== null && response.ok;
    const wasEmpty = !deps.isOpen();
    await ensureOpen();
    if (replaced || wasEmpty) deps.reloadPage();
  }

  async function openFile(file: string): Promise<void> {
    const state = await documentState();
    if (state?.path != null && resolve(state.path) === resolve(file)) return; // already open here
    if (!(await confirmClose())) return;
    let response = await deps.call('openPlan', [file]);
    if (!response.ok && response.error.code === 'locked') {
      const choice = LOCKED_CHOICES[await deps.ask(lockedBoxOptions(basename(file), response.error.message, lang()))] ?? 'cancel';
      if (choice === 'cancel') return settle(null, basename(file));
      response = await deps.call('openPlanWith', [file, { mode: choice satisfies OpenMode }]);
    }
    return settle(response, basename(file));
  }

  return {
    confirmClose,
    ensureOpen,
    openFile,
    async newPlan(from) {
      if (!(await confirmClose())) return;
      return settle(await deps.call('newPlan', [{ from }]), '');
    },
    async open() {
      const file = await deps.chooseOpenPath();
      if (file !== null) await openFile(file);
    },
  };
}
