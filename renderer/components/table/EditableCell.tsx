import { useEffect, useRef, type ReactNode } from 'react';
import type { Unit } from '../../../core/model';
import { UnitPicker } from '../UnitPicker';
import type { Column } from './columns';

interface EditableCellProps {
  column: Column;
  text: string;
  /** Extra left padding in em: the outline's indentation of the name cell. */
  indent?: number;
  /** Shown before the text (the expand/collapse toggle of a section). */
  prefix?: ReactNode;
  title?: string;
  /** An extra class on the cell, e.g. a late (+) or early (−) baseline variance. */
  tone?: string;
  /** A mark before the text, e.g. "trễ 5" before a late task's name. */
  badge?: { text: string; title: string } | null;
  active: boolean;
  editing: boolean;
  draft: string;
  error: string | null;
  units: Unit[];
  leadUnitId: string | null;
  onDraft(text: string): void;
  onCommitText(): void;
  /** The editor lost the keyboard to something else on the page: save, as Excel does. */
  onLeave(): void;
  onCommitUnit(unitId: string | null): void;
  onCreateUnit(name: string): Promise<string | null>;
  onCancel(): void;
  onActivate(): void;
  onStartEdit(): void;
}

/** One table cell: plain text, or its editor while editing (text box or unit picker), with the error at the field. */
export function EditableCell(props: EditableCellProps) {
  const { column, text, title, active, editing, error, onActivate, onStartEdit, indent = 0, prefix } = props;
  const classes = [column.className, props.tone, active && 'is-active', editing && 'is-editing', error && 'has-error'];
  return (
    <td
      className={classes.filter(Boolean).join(' ')}
      title={editing ? undefined : (title ?? text)}
      data-col={column.key}
      style={indent > 0 ? { paddingLeft: `calc(6px + ${indent}em)` } : undefined}
      onClick={editing ? undefined : onActivate}
      onDoubleClick={editing ? undefined : onStartEdit}
    >
      {!editing && prefix}
      {!editing && props.badge && (
        <span className="late-badge" title={props.badge.title}>
          {props.badge.text}
        </span>
      )}
      {editing ? <CellEditor {...props} /> : text}
      {editing && error && (
        <div className="cell-error" role="alert">
          {error}
        </div>
      )}
    </td>
  );
}

function CellEditor({ column, draft, units, leadUnitId, onDraft, onCommitText, onLeave, onCommitUnit, onCreateUnit, onCancel }: EditableCellProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    // Excel-like: editing started by typing keeps the caret at the end.
    input.current?.setSelectionRange(input.current.value.length, input.current.value.length);
  }, []);
  if (column.editor === 'unit') {
    return (
      <div className="cell-picker" onKeyDown={(e) => e.stopPropagation()}>
        <UnitPicker
          units={units}
          mode="single"
          value={leadUnitId ? [leadUnitId] : []}
          onChange={(ids) => onCommitUnit(ids[0] ?? null)}
          onCreate={onCreateUnit}
          onCancel={onCancel}
          autoFocus
        />
      </div>
    );
  }
  return (
    <input
      ref={input}
      className="cell-input"
      value={draft}
      aria-label={column.key}
      onChange={(e) => onDraft(e.target.value)}
      onBlur={() => {
        if (document.hasFocus()) onLeave(); // switching to another window keeps the editor open
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'Tab') {
          e.preventDefault();
          e.stopPropagation();
          onCommitText();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else {
          e.stopPropagation();
        }
      }}
    />
  );
}
