import { forwardRef, useEffect, useRef, type KeyboardEvent } from 'react';
import type { Unit } from '../../../core/model';
import { GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT } from '../../gantt/GanttChart';
import { useT } from '../../i18n/useT';
import { formatViDate } from '../../../core/dates';
import { daysLateOf, type TaskView } from '../../planView';
import { selectTask } from '../../state/navigation';
import { openTaskMenu } from '../../state/useTaskMenu';
import { useOutlineStore } from '../../state/useOutlineStore';
import { usePlanStore } from '../../state/usePlanStore';
import { dropRows, runCommand } from '../../app/commands';
import { COLUMNS, cellText } from './columns';
import { columnWidth, tableCssWidth, visibleColumns } from './columnLayout';
import { ColumnResizeHandle, ColumnsButton, ColumnsMenu, openColumnsMenu } from './ColumnsMenu';
import { EditableCell } from './EditableCell';
import { useCellEditing } from './useCellEditing';
import { scrollRowIntoView, useVisibleRows } from './useVisibleRows';

/** What a dragged row carries: the ids of the tasks it moves (never plan text). */
const ROWS_MIME = 'application/x-tiendo-rows';

function parseRowIds(data: string): string[] | null {
  try {
    const ids: unknown = JSON.parse(data);
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : null;
  } catch {
    return null;
  }
}

/** The variance cell's colour: red when the task now finishes after its baseline, green before. */
function varianceTone(view: TaskView): string | undefined {
  const v = view.baseline?.variance;
  return v === null || v === undefined || v === 0 ? undefined : v > 0 ? 'is-behind' : 'is-ahead';
}

function varianceTitle(view: TaskView, t: ReturnType<typeof useT>): string {
  const v = view.baseline?.variance;
  if (v === null || v === undefined) return '';
  return v > 0 ? t('varianceLate', { n: v }) : v < 0 ? t('varianceEarly', { n: -v }) : t('varianceOnTime');
}

/** Outline indentation of the name column: room for the section toggle, then one step per level. */
const TOGGLE_WIDTH_EM = 1.1;
const INDENT_EM = 1.25;

interface TaskTableProps {
  tasks: TaskView[];
  units: Unit[];
  readOnly: boolean;
  /** Width set with the splitter; null: the default. */
  width?: number | null;
  onScroll(scrollTop: number): void;
}

/**
 * The task table beside the chart. Rows have the chart's row height so both
 * line up; cells are edited in place with the keyboard, as in a spreadsheet.
 */
export const TaskTable = forwardRef<HTMLDivElement, TaskTableProps>(function TaskTable({ tasks, units, readOnly, width, onScroll }, ref) {
  const t = useT();
  const selectedIds = usePlanStore((s) => s.selectedIds);
  const statusDate = usePlanStore((s) => s.openPlan?.plan.info.statusDate ?? null);
  const layout = usePlanStore((s) => s.layout);
  const columns = visibleColumns(COLUMNS, layout);
  const grid = useCellEditing(tasks, readOnly, columns);
  const labels = { effort: t('effortKind'), milestone: t('milestoneKind') };
  const { collapsed, numbering, toggleCollapsed, setCollapsed, setNumbering } = useOutlineStore();
  const summaries = tasks.filter((v) => v.summary).map((v) => v.task.id);
  const element = useRef<HTMLDivElement | null>(null);
  const wasEditing = useRef(false);
  const range = useVisibleRows(tasks.length, element);
  grid.focusEditor.current = () => element.current?.querySelector<HTMLInputElement>('.cell-input')?.focus();
  useEffect(() => {
    // When an editor closes, the keyboard goes back to the grid (as in a spreadsheet).
    if (wasEditing.current && !grid.cell.editing) element.current?.focus({ preventScroll: true });
    wasEditing.current = grid.cell.editing;
  }, [grid.cell.editing]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLButtonElement) return; // a header button ("Cột", ⊟) keeps Enter, Space and Tab
    if (e.key === 'Tab' && !grid.cell.editing && !e.altKey && !e.ctrlKey && !e.metaKey) {
      // Tab / Shift+Tab indent and outdent in the table when no cell is being edited (as in MS Project's grid).
      e.preventDefault();
      if (!readOnly) void runCommand(e.shiftKey ? 'task.outdent' : 'task.indent');
      return;
    }
    if (grid.cell.editing || e.altKey || e.ctrlKey || e.metaKey) return; // Alt+↑/↓ and Ctrl shortcuts are global commands
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      grid.moveBy(move[0], move[1]);
      const targetRow = Math.max(0, Math.min(tasks.length - 1, grid.cell.row + move[0]));
      if (element.current) scrollRowIntoView(element.current, targetRow);
      const target = tasks[targetRow];
      if (target) void selectTask(target.task.id, e.shiftKey ? 'range' : 'replace');
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      grid.startEditing();
    } else if (e.key.length === 1 && !e.repeat) {
      // Typing starts editing with that character, as in Excel.
      e.preventDefault();
      grid.startEditing(e.key);
    }
  };

  return (
    <div
      className="task-table"
      ref={(el) => {
        element.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      style={{ width: tableCssWidth(width ?? null, columns, layout) }}
      tabIndex={0} onKeyDown={onKeyDown} onScroll={(e) => onScroll(e.currentTarget.scrollTop)}>
      <ColumnsButton />
      <table>
        <colgroup>
          {columns.map((c) => {
            const px = columnWidth(c, layout);
            return <col key={c.key} className={`col-${c.key}`} data-col={c.key} style={px === null ? undefined : { width: px }} />;
          })}
        </colgroup>
        <thead>
          <tr style={{ height: GANTT_HEADER_HEIGHT }} onContextMenu={(e) => {
            e.preventDefault();
            openColumnsMenu(e.clientX, e.clientY);
          }}>
            {columns.map((c) => (
              <th key={c.key} title={t(c.label)} data-col={c.key}>
                {c.key === 'stt' ? (
                  <button type="button" className="outline-numbering" title={t(numbering === 'plan' ? 'outlineShowAuto' : 'outlineShowPlan')}
                    onClick={() => setNumbering(numbering === 'plan' ? 'outline' : 'plan')}>
                    {t(c.label)}
                  </button>
                ) : (
                  t(c.shortLabel ?? c.label)
                )}
                {c.key === 'name' && (summaries.length > 0 || collapsed.size > 0) && (
                  <button type="button" className="outline-all" data-outline-all
                    title={t(collapsed.size > 0 ? 'outlineExpandAll' : 'outlineCollapseAll')}
                    onClick={() => setCollapsed(collapsed.size > 0 ? [] : summaries)}>
                    {collapsed.size > 0 ? '⊞' : '⊟'}
                  </button>
                )}
                <ColumnResizeHandle column={c} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {range.first > 0 && <tr className="row-spacer" aria-hidden style={{ height: range.first * GANTT_ROW_HEIGHT }} />}
          {tasks.slice(range.first, range.last).map((view, offset) => {
            const row = range.first + offset;
            const { task, schedule } = view;
            const selected = selectedIds.includes(task.id);
            const lateDays = daysLateOf(view);
            const classes = [
              'task-row',
              selected && 'is-selected',
              schedule?.critical && 'is-critical',
              lateDays > 0 && 'is-late',
              task.windowText.trim() !== '' && view.window.kind === 'unreadable' && 'has-unreadable-window',
              view.summary && 'is-summary',
            ];
            return (
              <tr
                key={task.id}
                className={classes.filter(Boolean).join(' ')}
                style={{ height: GANTT_ROW_HEIGHT }}
                data-id={task.id}
                data-depth={view.depth}
                aria-level={view.depth + 1}
                aria-selected={selected}
                onMouseDown={(e) => {
                  // A right-click selects through the context menu (it keeps a selection it lands in).
                  if (e.button !== 2) void selectTask(task.id, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'replace');
                }}
                onContextMenu={(e) => {
                  if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return; // a field keeps its own menu
                  e.preventDefault();
                  void openTaskMenu(task.id, e.clientX, e.clientY);
                }}
                draggable={!readOnly && !grid.cell.editing}
                onDragStart={(e) => {
                  // The selection moves together when the dragged row is part of it.
                  const ids = selectedIds.includes(task.id) ? selectedIds : [task.id];
                  e.dataTransfer.setData(ROWS_MIME, JSON.stringify(ids));
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(e) => {
                  if (e.dataTransfer.types.includes(ROWS_MIME)) e.preventDefault();
                }}
                onDrop={(e) => {
                  const ids = parseRowIds(e.dataTransfer.getData(ROWS_MIME));
                  if (!ids) return;
                  e.preventDefault();
                  void dropRows(ids, { id: task.id, parentId: task.parentId, summary: view.summary, expanded: !collapsed.has(task.id) });
                }}
              >
                {columns.map((column) => {
                  const active = grid.cell.row === row && grid.cell.col === column.key;
                  return (
                    <EditableCell
                      key={column.key}
                      column={column}
                      indent={column.key === 'name' && summaries.length + collapsed.size > 0 ? TOGGLE_WIDTH_EM + view.depth * INDENT_EM : 0}
                      text={cellText(view, column.key, labels, numbering)}
                      prefix={column.key === 'name' && view.summary ? (
                        <button type="button" className="outline-toggle" data-outline-toggle aria-expanded={!collapsed.has(task.id)}
                          title={t(collapsed.has(task.id) ? 'outlineExpand' : 'outlineCollapse')}
                          onMouseDown={(e) => e.stopPropagation()}
                          onClick={(e) => {
                            e.stopPropagation();
                            toggleCollapsed(task.id);
                          }}>
                          {collapsed.has(task.id) ? '▸' : '▾'}
                        </button>
                      ) : undefined}
                      title={column.key === 'window' && view.window.kind === 'unreadable' && task.windowText ? t('windowUnreadable') : column.key === 'variance' ? varianceTitle(view, t) : undefined}
                      tone={column.key === 'variance' ? varianceTone(view) : undefined}
                      badge={
                        column.key === 'name' && lateDays > 0
                          ? {
                              text: t('lateBadge', { n: lateDays }),
                              title: statusDate === null ? t('lateBadgeTitle', { n: lateDays }) : t('lateBadgeStatusTitle', { n: lateDays, date: formatViDate(statusDate) }),
                            }
                          : null
                      }
                      active={active}
                      editing={active && grid.cell.editing}
                      draft={grid.cell.draft}
                      error={active ? grid.cell.error : null}
                      units={units}
                      leadUnitId={task.leadUnitId}
                      onDraft={grid.setDraft}
                      onCommitText={() => void grid.commitText()}
                      onLeave={() => void grid.commitText('none')}
                      onCommitUnit={(id) => void grid.commitUnit(id)}
                      onCreateUnit={grid.createUnit}
                      onCancel={grid.cancel}
                      onActivate={() => void grid.activate(row, column.key)}
                      onStartEdit={() => grid.startEditing()}
                    />
                  );
                })}
              </tr>
            );
          })}
          {range.last < tasks.length && (
            <tr className="row-spacer" aria-hidden style={{ height: (tasks.length - range.last) * GANTT_ROW_HEIGHT }} />
          )}
        </tbody>
      </table>
      <ColumnsMenu />
    </div>
  );
});
