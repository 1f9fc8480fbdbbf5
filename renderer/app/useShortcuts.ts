/**
 * Keyboard shortcuts of a desktop planner (MS Project / Excel habits).
 * Inside a text field the field keeps its own keys (its Ctrl+Z undoes typing).
 * The keys themselves are listed in shortcutList.ts.
 */
import { useEffect } from 'react';
import { runCommand } from './commands';
import { isHelpKey, isMenuKey, shortcutCommand } from './shortcutList';
import { openTaskMenuFromKeyboard } from '../state/useTaskMenu';
import { flushPendingEdits } from '../state/pendingEdits';
import { useDialogStore } from '../state/useDialogStore';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const inField = isTextField(e.target);
      if (isHelpKey(e, inField) && !useDialogStore.getState().dialog) {
        e.preventDefault();
        void flushPendingEdits().then((saved) => saved && useDialogStore.getState().open('shortcuts'));
        return;
      }
      if (isMenuKey(e, inField) && !useDialogStore.getState().dialog) {
        e.preventDefault();
        void openTaskMenuFromKeyboard();
        return;
      }
      const command = shortcutCommand(e, inField);
      if (!command) return;
      e.preventDefault();
      void runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
