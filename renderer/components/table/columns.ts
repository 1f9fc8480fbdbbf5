/**
 * The task table's columns and how a typed value becomes an edit command.
 * Parsing here only catches what the user can fix at once (a malformed date
 * or number); the main process validates meaning and may still refuse.
 */
import { formatViDate, parseViDate } from '../../../core/dates';
import type { PlanEdit } from '../../../core/edits';
import type { MessageKey } from '../../i18n/messages';
import type { TaskView } from '../../planView';
import type { Numbering } from '../../state/useOutlineStore';

export type ColumnKey = 'stt' | 'name' | 'lead' | 'window' | 'start' | 'finish' | 'duration' | 'progress' | 'baseStart' | 'baseFinish' | 'variance';

export interface Column {
  key: ColumnKey;
  label: MessageKey;
  /** The header in the table when the full label (kept as its tooltip) is too wide. */
  shortLabel?: MessageKey;
  className: string;
  /** How the cell is edited: text box, unit picker, or not at all. */
  editor: 'text' | 'unit' | null;
  /** Default width in px (columnLayout.ts DEFAULT_COLUMN_WIDTH when unset); the name column takes the width left. */
  width?: number;
  /** False for the columns a row cannot do without (STT, name): never hidden. */
  hideable?: boolean;
  /** An optional column: hidden until the user shows it from the "Cột" menu (keeps the default table narrow). */
  defaultHidden?: boolean;
}

export const COLUMNS: Column[] = [
  // Widths: the dates and numbers whole, so the name keeps room beside the chart at 1440 px.
  { key: 'stt', label: 'colStt', className: 'cell-stt', editor: null, width: 40, hideable: false },
  { key: 'name', label: 'colName', className: 'cell-name', editor: 'text', hideable: false },
  { key: 'lead', label: 'colLead', className: 'cell-lead', editor: 'unit', width: 100 },
  { key: 'window', label: 'colWindow', className: 'cell-window', editor: 'text', width: 84 },
  { key: 'start', label: 'colStart', className: 'cell-date', editor: 'text', width: 82 },
  { key: 'finish', label: 'colFinish', className: 'cell-date', editor: 'text', width: 82 },
  { key: 'duration', label: 'colDuration', shortLabel: 'colDurationShort', className: 'cell-number', editor: 'text', width: 50 },
  { key: 'progress', label: 'colProgress', shortLabel: 'colProgressShort', className: 'cell-number', editor: 'text', width: 42 },
  // The approved baseline (kế hoạch gốc 0): shown from the "Cột" menu, or once a baseline is saved.
  { key: 'baseStart', label: 'colBaseStart', className: 'cell-date cell-baseline', editor: null, width: 92, defaultHidden: true },
  { key: 'baseFinish', label: 'colBaseFinish', className: 'cell-date cell-baseline', editor: null, width: 96, defaultHidden: true },
  { key: 'variance', label: 'colVariance', className: 'cell-number cell-variance', editor: null, width: 72, defaultHidden: true },
];

export const BASELINE_COLUMNS: readonly ColumnKey[] = ['baseStart', 'baseFinish', 'variance'];

/** "+3" late, "−2" early (a true minus sign), "0"; blank for a task the baseline does not have. */
export function varianceText(variance: number | null | undefined): string {
  if (variance === null || variance === undefined) return '';
  return variance > 0 ? `+${variance}` : variance < 0 ? `\u2212${-variance}` : '0';
}

/** The text a cell shows (and starts editing from). */
export function cellText(view: TaskView, key: ColumnKey, labels: { effort: string; milestone: string }, numbering: Numbering = 'outline'): string {
  const { task, schedule } = view;
  switch (key) {
    case 'stt':
      // The plan's own numbering where it has one; the automatic outline number otherwise.
      return numbering === 'plan' && task.wbs !== '' ? task.wbs : view.outline;
    case 'name':
      return task.name;
    case 'lead':
      return view.leadName;
    case 'window':
      return task.windowText;
    case 'start':
      return schedule ? formatViDate(schedule.start) : '';
    case 'finish':
      return schedule ? formatViDate(schedule.finish) : '';
    case 'duration':
      return task.kind === 'effort' ? labels.effort : task.kind === 'milestone' ? labels.milestone : String(task.duration);
    case 'progress':
      return `${task.percentComplete}%`;
    case 'baseStart':
      return view.baseline ? formatViDate(view.baseline.start) : '';
    case 'baseFinish':
      return view.baseline ? formatViDate(view.baseline.finish) : '';
    case 'variance':
      return varianceText(view.baseline?.variance);
  }
}

/** The value shown in the editor when editing starts (no decorations such as "%"). */
export function editorText(view: TaskView, key: ColumnKey): string {
  if (key === 'progress') return String(view.task.percentComplete);
  if (key === 'duration') return String(view.task.duration);
  return cellText(view, key, { effort: '', milestone: '' });
}

export type ParsedCell = { edit: PlanEdit } | { error: MessageKey } | { unchanged: true };

export function cellEdit(view: TaskView, key: ColumnKey, text: string): ParsedCell {
  const taskId = view.task.id;
  const value = text.trim();
  if (value === editorText(view, key).trim()) return { unchanged: true };
  switch (key) {
    case 'name':
      return { edit: { op: 'updateTask', taskId, changes: { name: value } } };
    case 'window':
      return { edit: { op: 'updateTask', taskId, changes: { windowText: value } } };
    case 'start':
    case 'finish': {
      const date = parseViDate(value);
      if (!date) return { error: 'errDate' };
      return { edit: { op: 'setTaskDates', taskId, [key]: date } };
    }
    case 'duration': {
      const n = Number(value);
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) return { error: 'errDuration' };
      return { edit: { op: 'updateTask', taskId, changes: { duration: n } } };
    }
    case 'progress': {
      const n = Number(value.replace('%', '').replace(',', '.'));
      if (value === '' || !Number.isFinite(n) || n < 0 || n > 100) return { error: 'errProgress' };
      return { edit: { op: 'updateTask', taskId, changes: { percentComplete: n } } };
    }
    default:
      return { unchanged: true };
  }
}
