/**
 * The task context menu: right-click on a table row or a chart bar, or
 * Shift+F10 / the menu key on the selected task. Every action is one of the
 * app's commands (commands.ts), so it is saved, in the history and undoable,
 * exactly as from the toolbar. Keyboard: ↑/↓ (Home/End) move, Enter or Space
 * runs, Esc (or Tab) closes and gives the keyboard back where it was.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CommandId } from '../../core/api/commands';
import { runCommand } from '../app/commands';
import { COMMAND_SHORTCUTS, displayKeys } from '../app/shortcutList';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages';
import { openTaskDetails } from '../state/navigation';
import { useTaskMenu, type TaskMenu } from '../state/useTaskMenu';
import { usePlanStore } from '../state/usePlanStore';
import './TaskContextMenu.css';

interface MenuItem {
  id: string;
  label: MessageKey;
  title?: MessageKey;
  keys?: string;
  disabled: boolean;
  run(): void | Promise<void>;
}

const keysOf = (command: CommandId) => {
  const combo = COMMAND_SHORTCUTS.find((s) => s.command === command)?.keys[0];
  return combo ? displayKeys(combo) : undefined;
};

export function TaskContextMenu({ onGoTo }: { onGoTo(taskId: string): void }) {
  const menu = useTaskMenu((s) => s.menu);
  return menu ? <OpenMenu key={`${menu.taskId}:${menu.x}:${menu.y}`} menu={menu} onGoTo={onGoTo} /> : null;
}

function OpenMenu({ menu, onGoTo }: { menu: TaskMenu; onGoTo(taskId: string): void }) {
  const t = useT();
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  const selected = usePlanStore((s) => s.selectedIds);
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: menu.x, top: menu.y });
  const close = useTaskMenu((s) => s.close);
  const command = (id: CommandId) => () => runCommand(id);
  const linkFrom = menu.linkFrom.filter((id) => id !== menu.taskId);

  const items: MenuItem[] = [
    { id: 'task.add', label: 'cmdAddTask', keys: keysOf('task.add'), disabled: readOnly, run: command('task.add') },
    { id: 'task.delete', label: 'cmdDelete', keys: keysOf('task.delete'), disabled: readOnly, run: command('task.delete') },
    {
      id: 'task.link',
      label: 'menuLinkSelected',
      title: 'menuLinkSelectedTitle',
      keys: keysOf('task.link'),
      disabled: readOnly || (linkFrom.length === 0 && selected.length < 2),
      run: () => {
        // The tasks selected before, then this one: the link command chains them in that order.
        if (linkFrom.length > 0) usePlanStore.setState({ selectedIds: [...linkFrom, menu.taskId] });
        return runCommand('task.link');
      },
    },
    { id: 'task.indent', label: 'cmdIndent', keys: keysOf('task.indent'), disabled: readOnly, run: command('task.indent') },
    { id: 'task.outdent', label: 'cmdOutdent', keys: keysOf('task.outdent'), disabled: readOnly, run: command('task.outdent') },
    { id: 'task.updateProgress', label: 'cmdUpdateProgress', disabled: readOnly, run: command('task.updateProgress') },
    { id: 'goto', label: 'menuGoTo', disabled: false, run: () => onGoTo(menu.taskId) },
    { id: 'details', label: 'menuOpenDetails', keys: t('menuDoubleClick'), disabled: false, run: () => openTaskDetails(menu.taskId) },
  ];
  const enabled = items.filter((item) => !item.disabled);

  useLayoutEffect(() => {
    // Kept inside the window, flipped up or left when it would run past an edge.
    const el = box.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const left = menu.x + width > window.innerWidth - 4 ? Math.max(4, menu.x - width) : menu.x;
    const top = menu.y + height > window.innerHeight - 4 ? Math.max(4, menu.y - height) : menu.y;
    setPosition({ left, top });
    el.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [menu]);

  useLayoutEffect(() => {
    const dismiss = () => close({ restoreFocus: false });
    const onPointer = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) dismiss();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('blur', dismiss);
    window.addEventListener('resize', dismiss);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('blur', dismiss);
      window.removeEventListener('resize', dismiss);
    };
  }, [close]);

  const run = (item: MenuItem) => {
    if (item.disabled) return;
    // Focus goes back first, so what the action focuses next (details, a new row) wins.
    close();
    void item.run();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The menu has the keyboard: nothing reaches the global shortcuts (Delete, Insert…).
    e.stopPropagation();
    const buttons = Array.from(box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (e.key === 'ArrowDown') focusAt(at + 1);
    else if (e.key === 'ArrowUp') focusAt(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(-1);
    else if (e.key === 'Escape' || e.key === 'Tab' || (e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu') close();
    else if (e.key === 'Enter' || e.key === ' ') {
      const item = enabled[at];
      if (item) run(item);
    } else return;
    e.preventDefault();
  };

  return (
    <div
      ref={box}
      className="task-menu"
      role="menu"
      aria-label={t('menuTitle')}
      data-task-menu={menu.taskId}
      style={position}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <div
          key={item.id}
          role="menuitem"
          tabIndex={-1}
          data-menu-item={item.id}
          aria-disabled={item.disabled || undefined}
          title={item.title ? t(item.title) : undefined}
          className={item.id === 'task.updateProgress' || item.id === 'goto' ? 'task-menu-item starts-group' : 'task-menu-item'}
          onClick={() => run(item)}
          onPointerMove={(e) => !item.disabled && e.currentTarget.focus({ preventScroll: true })}
        >
          <span>{t(item.label)}</span>
          {item.keys && <kbd>{item.keys}</kbd>}
        </div>
      ))}
    </div>
  );
}
