/**
 * The table's columns, the user's way: drag a header's right edge to resize
 * (double-click it: back to the default width), and the "Cột" menu (the
 * button at the table's top-left, or a right-click on the header) to show or
 * hide columns. Choices are kept in the screen layout (usePlanStore), so
 * they are remembered on this computer like the splitter.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { create } from 'zustand';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { COLUMNS, type Column } from './columns';
import { columnWidth, isHideable, isShown, MIN_COLUMN_WIDTH, MIN_STRETCH_WIDTH, STRETCH_COLUMN, toggledColumn } from './columnLayout';
import './ColumnsMenu.css';

/** Pixels per ←/→ in the Cột menu. */
const KEY_STEP = 10;

const useColumnsMenu = create<{ at: { x: number; y: number; returnFocus: HTMLElement | null } | null }>(() => ({ at: null }));

export function openColumnsMenu(x: number, y: number): void {
  const active = document.activeElement;
  useColumnsMenu.setState({ at: { x, y, returnFocus: active instanceof HTMLElement && active !== document.body ? active : null } });
}

function closeColumnsMenu(restoreFocus = true): void {
  const at = useColumnsMenu.getState().at;
  useColumnsMenu.setState({ at: null });
  if (restoreFocus && at?.returnFocus?.isConnected) at.returnFocus.focus({ preventScroll: true });
}

/**
 * Saves a column resized by `delta` px from `startColumn` (its width when the
 * resize began), with the table `startTable` wide then: the table's edge
 * moves by the same amount, so the name keeps its width.
 */
function saveResize(column: Column, startColumn: number, startTable: number, delta: number): void {
  const { layout, setLayout } = usePlanStore.getState();
  setLayout({
    tableWidth: startTable + delta,
    ...(column.key === STRETCH_COLUMN ? {} : { columnWidths: { ...layout.columnWidths, [column.key]: startColumn + delta } }),
  });
}

/** The resize a keyboard step asks for, kept within the same limits as a drag. */
function keyboardResize(column: Column, step: number): void {
  const table = document.querySelector<HTMLElement>('.task-table');
  const cell = table?.querySelector<HTMLElement>(`th[data-col="${column.key}"]`);
  if (!table || !cell) return;
  const startColumn = columnWidth(column, usePlanStore.getState().layout) ?? cell.getBoundingClientRect().width;
  const startTable = table.getBoundingClientRect().width;
  const min = column.key === STRETCH_COLUMN ? MIN_STRETCH_WIDTH : MIN_COLUMN_WIDTH;
  const delta = Math.round(Math.min(window.innerWidth - 200 - startTable, Math.max(min - startColumn, step)));
  if (delta !== 0) saveResize(column, startColumn, startTable, delta);
}

/** "Cột ▾" in the table header's empty upper band. */
export function ColumnsButton() {
  const t = useT();
  const open = useColumnsMenu((s) => s.at !== null);
  return (
    // In a zero-height sticky corner: it stays in the header's upper band while the rows scroll, outside every header cell.
    <div className="columns-corner">
      <button
        type="button"
        className="columns-button"
        data-columns-button
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('columnsTitle')}
        onMouseDown={(e) => e.stopPropagation()}
        onClick={(e) => {
          e.stopPropagation();
          if (open) return closeColumnsMenu();
          const box = e.currentTarget.getBoundingClientRect();
          e.currentTarget.focus();
          openColumnsMenu(box.left, box.bottom + 2);
        }}
      >
        {t('columnsButton')} ▾
      </button>
    </div>
  );
}

/** The grip on a header cell's right edge. */
export function ColumnResizeHandle({ column }: { column: Column }) {
  const t = useT();
  const stretch = column.key === STRETCH_COLUMN;

  const onPointerDown = (e: ReactPointerEvent<HTMLSpanElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    const handle = e.currentTarget;
    const table = handle.closest<HTMLElement>('.task-table');
    const col = table?.querySelector<HTMLElement>(`col[data-col="${column.key}"]`);
    const cell = handle.parentElement;
    if (!table || !cell) return;
    const layout = usePlanStore.getState().layout;
    const startX = e.clientX;
    const startColumn = columnWidth(column, layout) ?? cell.getBoundingClientRect().width;
    const startTable = table.getBoundingClientRect().width;
    // Wider columns push the table's edge into the chart, which keeps some room.
    const deltaAt = (x: number) =>
      Math.round(Math.min(window.innerWidth - 200 - startTable, Math.max((stretch ? MIN_STRETCH_WIDTH : MIN_COLUMN_WIDTH) - startColumn, x - startX)));
    handle.setPointerCapture(e.pointerId);
    table.classList.add('is-resizing-column');
    const move = (ev: PointerEvent) => {
      const d = deltaAt(ev.clientX);
      if (col && !stretch) col.style.width = `${startColumn + d}px`;
      table.style.width = `${startTable + d}px`;
    };
    const up = (ev: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      table.classList.remove('is-resizing-column');
      saveResize(column, startColumn, startTable, deltaAt(ev.clientX));
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };

  const reset = (e: React.MouseEvent) => {
    e.stopPropagation();
    const { layout, setLayout } = usePlanStore.getState();
    if (stretch) return setLayout({ tableWidth: null });
    const { [column.key]: _mine, ...others } = layout.columnWidths;
    const change = (columnWidth(column, layout) ?? 0) - (columnWidth(column, { ...layout, columnWidths: others }) ?? 0);
    setLayout({ columnWidths: others, tableWidth: layout.tableWidth === null ? null : layout.tableWidth - change });
  };

  return (
    <span
      className="col-resize"
      role="separator"
      aria-orientation="vertical"
      data-col-resize={column.key}
      title={t('columnResizeTitle')}
      onPointerDown={onPointerDown}
      onMouseDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={reset}
    />
  );
}

/** The open "Cột" menu, if any (rendered once, by the table). */
export function ColumnsMenu() {
  const at = useColumnsMenu((s) => s.at);
  return at ? createPortal(<OpenColumnsMenu x={at.x} y={at.y} />, document.body) : null;
}

function OpenColumnsMenu({ x, y }: { x: number; y: number }) {
  const t = useT();
  const layout = usePlanStore((s) => s.layout);
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    el.style.left = `${Math.max(4, Math.min(x, window.innerWidth - width - 4))}px`;
    el.style.top = `${Math.max(4, Math.min(y, window.innerHeight - height - 4))}px`;
    el.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Element;
      if (!el.contains(target) && !target.closest?.('[data-columns-button]')) closeColumnsMenu(false);
    };
    const dismiss = () => closeColumnsMenu(false);
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('blur', dismiss);
    window.addEventListener('resize', dismiss);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('blur', dismiss);
      window.removeEventListener('resize', dismiss);
    };
  }, [x, y]);

  const toggle = (column: Column) => {
    const { layout: now, setLayout } = usePlanStore.getState();
    setLayout(toggledColumn(column, now));
  };
  const resetAll = () => {
    usePlanStore.getState().setLayout({ columnWidths: {}, hiddenColumns: [], shownColumns: [], tableWidth: null });
    closeColumnsMenu();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation(); // not the table's arrows, not the global shortcuts
    const items = Array.from(box.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focusAt(at + 1);
    else if (e.key === 'ArrowUp') focusAt(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(-1);
    else if (e.key === 'Escape' || e.key === 'Tab') closeColumnsMenu();
    else if (e.key === 'Enter' || e.key === ' ') items[at]?.click();
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      // ←/→ on a shown column: narrower / wider (the keyboard's way to drag its edge).
      const column = COLUMNS.find((c) => c.key === items[at]?.getAttribute('data-column-toggle'));
      if (column && isShown(column, usePlanStore.getState().layout)) keyboardResize(column, e.key === 'ArrowLeft' ? -KEY_STEP : KEY_STEP);
    } else return;
    e.preventDefault();
  };

  return (
    <div ref={box} className="columns-menu" role="menu" aria-label={t('columnsTitle')} data-columns-menu style={{ left: x, top: y }} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {COLUMNS.map((column) => {
        const fixed = !isHideable(column);
        const shown = isShown(column, layout);
        return (
          <div
            key={column.key}
            role="menuitemcheckbox"
            tabIndex={-1}
            aria-checked={shown}
            aria-disabled={fixed || undefined}
            data-column-toggle={column.key}
            className="columns-menu-item"
            onClick={() => !fixed && toggle(column)}
            onPointerMove={(e) => !fixed && e.currentTarget.focus({ preventScroll: true })}
          >
            <span className="columns-check" aria-hidden>{shown ? '✓' : ''}</span>
            {t(column.label)}
          </div>
        );
      })}
      <div className="columns-menu-hint" aria-hidden>{t('columnsKeyHint')}</div>
      <div role="menuitem" tabIndex={-1} className="columns-menu-item starts-group" data-columns-reset onClick={resetAll} onPointerMove={(e) => e.currentTarget.focus({ preventScroll: true })}>
        <span className="columns-check" aria-hidden />
        {t('columnsReset')}
      </div>
    </div>
  );
}
