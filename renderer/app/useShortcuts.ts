/**
 * Keyboard shortcuts of a desktop planner (MS Project / Excel habits).
 * Inside a text field the field keeps its own keys (its Ctrl+Z undoes typing).
 */
import { useEffect } from 'react';
import type { CommandId } from '../../core/api/commands';
import { runCommand } from './commands';

export function shortcutCommand(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, inField: boolean): CommandId | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'f') return 'filter.focus';
  if (mod && !e.altKey && key === 's') return e.shiftKey ? 'file.saveAs' : 'file.save'; // also from a text field, as in Word
  if (inField) return null;
  if (mod && !e.shiftKey && key === 'z') return 'edit.undo';
  if (mod && (key === 'y' || (e.shiftKey && key === 'z'))) return 'edit.redo';
  if (mod && e.shiftKey && key === 'l') return 'task.unlink';
  if (mod && key === 'l') return 'task.link';
  if (e.key === 'Insert' || (mod && e.key === 'Enter')) return 'task.add';
  if (e.key === 'Delete') return 'task.delete';
  // MS Project's outline keys (Tab / Shift+Tab belong to the task table: renderer/components/table/TaskTable.tsx).
  if (e.altKey && e.shiftKey && e.key === 'ArrowRight') return 'task.indent';
  if (e.altKey && e.shiftKey && e.key === 'ArrowLeft') return 'task.outdent';
  if (e.altKey && e.key === 'ArrowUp') return 'task.moveUp';
  if (e.altKey && e.key === 'ArrowDown') return 'task.moveDown';
  return null;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const command = shortcutCommand(e, isTextField(e.target));
      if (!command) return;
      e.preventDefault();
      void runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
