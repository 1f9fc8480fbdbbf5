/**
 * The keyboard shortcuts, one table read both by the key handler
 * (useShortcuts.ts) and by the "Phím tắt" dialog, so the two never disagree.
 * Keys are written as `e.key` names joined by "+": Ctrl (also Cmd), Shift, Alt.
 */
import type { CommandId } from '../../core/api/commands';
import type { MessageKey } from '../i18n/messages';

export interface CommandShortcut {
  command: CommandId;
  label: MessageKey;
  keys: readonly string[];
  /** Also from a text field (Word saves with Ctrl+S while typing). */
  inField?: boolean;
}

export const COMMAND_SHORTCUTS: readonly CommandShortcut[] = [
  { command: 'task.add', label: 'kbAdd', keys: ['Insert', 'Ctrl+Enter'] },
  { command: 'task.delete', label: 'kbDelete', keys: ['Delete'] },
  { command: 'task.moveUp', label: 'kbMoveUp', keys: ['Alt+ArrowUp'] },
  { command: 'task.moveDown', label: 'kbMoveDown', keys: ['Alt+ArrowDown'] },
  // MS Project's outline keys (Tab / Shift+Tab belong to the task table: renderer/components/table/TaskTable.tsx).
  { command: 'task.indent', label: 'kbIndent', keys: ['Alt+Shift+ArrowRight'] },
  { command: 'task.outdent', label: 'kbOutdent', keys: ['Alt+Shift+ArrowLeft'] },
  { command: 'task.link', label: 'kbLink', keys: ['Ctrl+L'] },
  { command: 'task.unlink', label: 'kbUnlink', keys: ['Ctrl+Shift+L'] },
  { command: 'edit.undo', label: 'kbUndo', keys: ['Ctrl+Z'] },
  { command: 'edit.redo', label: 'kbRedo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'] },
  { command: 'filter.focus', label: 'kbFilter', keys: ['Ctrl+F'], inField: true },
  { command: 'file.save', label: 'kbSave', keys: ['Ctrl+S'], inField: true },
  { command: 'file.saveAs', label: 'kbSaveAs', keys: ['Ctrl+Shift+S'], inField: true },
];

/** Keys handled by the table, the chart or the dialog itself (listed, not dispatched here). */
export const OTHER_SHORTCUTS: readonly { keys: readonly string[]; label: MessageKey }[] = [
  { keys: ['Enter', 'F2'], label: 'kbEditCell' },
  { keys: ['Escape'], label: 'kbCancelEdit' },
  { keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'], label: 'kbMoveCell' },
  { keys: ['Tab', 'Shift+Tab'], label: 'kbTableTab' },
  { keys: ['Ctrl+Click', 'Shift+Click'], label: 'kbMultiSelect' },
  { keys: ['F1', '?'], label: 'kbHelp' },
  { keys: ['Shift+F10', 'ContextMenu'], label: 'kbContextMenu' },
  { keys: ['Ctrl+Wheel'], label: 'kbZoom' },
];

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

function matches(combo: string, e: KeyEvent): boolean {
  const parts = combo.split('+');
  const key = parts[parts.length - 1] ?? '';
  return (
    parts.includes('Ctrl') === (e.ctrlKey || e.metaKey) &&
    parts.includes('Shift') === e.shiftKey &&
    parts.includes('Alt') === e.altKey &&
    key.toLowerCase() === e.key.toLowerCase()
  );
}

export function shortcutCommand(e: KeyEvent, inField: boolean): CommandId | null {
  const hit = COMMAND_SHORTCUTS.find((s) => (s.inField || !inField) && s.keys.some((combo) => matches(combo, e)));
  return hit?.command ?? null;
}

/** F1 anywhere, "?" outside a text field (it is a character there). */
export function isHelpKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inField: boolean): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key === 'F1' || (e.key === '?' && !inField);
}

/** Shift+F10 or the menu key, outside a text field (a field keeps its own menu). */
export function isMenuKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, inField: boolean): boolean {
  if (inField || e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
}

const KEY_NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc', ContextMenu: 'Menu' };

/** "Alt+Shift+ArrowRight" → "Alt+Shift+→" (as in the README and the menus). */
export function displayKeys(combo: string): string {
  return combo
    .split('+')
    .map((p) => KEY_NAMES[p] ?? p)
    .join('+');
}
