/**
 * The application menu (Electron) → the page: runs each command the menu
 * sends exactly as the toolbar and keys do (runCommand), and tells the shell
 * the UI language so its menus follow it. Outside Electron (component
 * tests) window.tiendo has no onMenuCommand and this does nothing.
 *
 * Undo/Redo while typing in a field undo the typing, as the keys do there
 * (on macOS the menu receives Cmd+Z from a field the page leaves alone).
 * While a dialog is open the menu's commands wait, as the shortcuts do.
 * The shell's close/New/Open first ask the page to save what is being typed.
 */
import { useEffect } from 'react';
import type { CommandId } from '../../core/api/commands';
import { useDialogStore } from '../state/useDialogStore';
import { usePlanStore } from '../state/usePlanStore';
import { flushPendingEdits } from '../state/pendingEdits';
import { runCommand } from './commands';

function isTextField(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

export function runMenuCommand(command: CommandId): Promise<void> {
  if ((command === 'edit.undo' || command === 'edit.redo') && isTextField(document.activeElement)) {
    document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
    return Promise.resolve();
  }
  if (useDialogStore.getState().dialog !== null) return Promise.resolve();
  return runCommand(command);
}

export function useMenuCommands(): void {
  const language = usePlanStore((s) => s.language);
  useEffect(() => window.tiendo?.onMenuCommand?.((command) => void runMenuCommand(command)), []);
  // Closing the window, New or Open ask the page to save what is being typed first.
  useEffect(() => window.tiendo?.onFlushRequest?.(flushPendingEdits), []);
  useEffect(() => {
    // The menu follows the page's language; a failure only leaves the menu as it was.
    const setUiLanguage = window.tiendo?.setUiLanguage;
    if (setUiLanguage) setUiLanguage(language).catch(() => undefined);
  }, [language]);
}
