/**
 * Choosing units from the plan's directory by typing: diacritics and case
 * are ignored ("phong quan ly" finds "Phòng Quản lý Khoa học"), ↑/↓ move,
 * Enter picks, Esc cancels. Single mode picks the lead unit (or "(không có)");
 * multi mode keeps the coordinating units as removable chips, in order.
 * A name not in the directory can be added through `onCreate`. Unit names
 * come from plan files: they are rendered as text only.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Unit } from '../../core/model';
import { normaliseSpaces } from '../../core/text';
import { errorMessage } from '../api';
import { findUnitByName, searchUnits } from '../features/units/unitSearch';
import { useT } from '../i18n/useT';
import './UnitPicker.css';

export interface UnitPickerProps {
  units: Unit[];
  mode: 'single' | 'multi';
  /** Unit ids: one at most in single mode, in display order in multi mode. */
  value: string[];
  onChange(ids: string[]): void;
  /** Adds a unit named `name` to the directory; resolves to its id, or null when it was not added. */
  onCreate?(name: string): Promise<string | null>;
  onCancel?(): void;
  autoFocus?: boolean;
  placeholder?: string;
}

export function UnitPicker(props: UnitPickerProps) {
  return <UnitCombobox {...props} noneOption={props.mode === 'single'} />;
}

/** The picker with the choices the directory dialog needs too (a merge target has no "(không có)"). */
export interface UnitComboboxProps extends UnitPickerProps {
  noneOption: boolean;
  /** Accessible name of the search box (default: the placeholder). */
  label?: string;
}

type Option = { kind: 'none' } | { kind: 'unit'; unit: Unit } | { kind: 'create'; name: string };

/** Beyond this many matches the list asks the user to type more (a directory may be large). */
const MAX_SHOWN = 200;

export function UnitCombobox({ units, mode, value, onChange, onCreate, onCancel, autoFocus, placeholder, noneOption, label }: UnitComboboxProps) {
  const t = useT();
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // null: not typing (single mode then shows the chosen unit's name).
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Units just created may reach `units` a moment after onChange: keep their names meanwhile.
  const [createdNames, setCreatedNames] = useState<ReadonlyMap<string, string>>(new Map());

  const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? createdNames.get(id) ?? '';
  const typed = query !== null && query.trim() !== '';
  const { options, hidden } = useMemo(() => {
    const chosen = new Set(mode === 'multi' ? value : []);
    const matches = searchUnits(units, query ?? '').filter((u) => !chosen.has(u.id));
    const list: Option[] = [];
    if (noneOption && !typed) list.push({ kind: 'none' });
    for (const unit of matches.slice(0, MAX_SHOWN)) list.push({ kind: 'unit', unit });
    const name = normaliseSpaces(query ?? '');
    if (onCreate && name !== '' && !findUnitByName(units, name)) list.push({ kind: 'create', name });
    return { options: list, hidden: Math.max(0, matches.length - MAX_SHOWN) };
  }, [units, mode, value, query, typed, noneOption, onCreate]);

  const optionId = (i: number) => `${baseId}-option-${i}`;
  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  /** Highlights the current unit when the list opens without a query, else the first match. */
  function initialActive(list: Option[], withQuery: boolean): number {
    if (withQuery || mode === 'multi') return 0;
    const current = list.findIndex((o) => (o.kind === 'unit' ? o.unit.id === value[0] : o.kind === 'none' && value.length === 0));
    return Math.max(0, current);
  }

  function openList() {
    if (open) return;
    setOpen(true);
    setActive(initialActive(options, typed));
  }

  function reset() {
    setOpen(false);
    setQuery(null);
    setError(null);
  }

  async function pick(option: Option) {
    setError(null);
    if (option.kind === 'none') {
      onChange([]);
      return reset();
    }
    let id: string;
    if (option.kind === 'unit') id = option.unit.id;
    else {
      if (!onCreate || busy) return;
      setBusy(true);
      try {
        const created = await onCreate(option.name);
        if (created === null) return;
        id = created;
        setCreatedNames((names) => new Map(names).set(created, option.name));
      } catch (failure) {
        setError(errorMessage(failure));
        return;
      } finally {
        setBusy(false);
      }
    }
    if (mode === 'single') {
      onChange([id]);
      reset();
    } else {
      if (!value.includes(id)) onChange([...value, id]);
      setQuery('');
      setActive(0);
    }
  }

  function remove(id: string) {
    onChange(value.filter((v) => v !== id));
    inputRef.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!open) return openList();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => Math.min(Math.max(i + step, 0), Math.max(options.length - 1, 0)));
        return;
      }
      case 'Enter': {
        const option = open ? options[active] : undefined;
        if (!option) return;
        e.preventDefault();
        void pick(option);
        return;
      }
      case 'Escape':
        // The picker consumes Escape: a surrounding dialog stays open.
        e.preventDefault();
        e.stopPropagation();
        reset();
        onCancel?.();
        return;
      case 'Backspace':
        if (mode === 'multi' && (query ?? '') === '' && value.length > 0) remove(value[value.length - 1]!);
        return;
      default:
    }
  }

  const shownText = query ?? (mode === 'single' ? nameOf(value[0] ?? '') : '');
  const input = (
    <input
      ref={inputRef}
      className="up-input"
      type="text"
      role="combobox"
      aria-label={label ?? placeholder ?? t('unitsPickerSearch')}
      aria-expanded={open}
      aria-controls={`${baseId}-list`}
      aria-autocomplete="list"
      aria-activedescendant={open && options[active] ? optionId(active) : undefined}
      aria-invalid={error !== null}
      autoFocus={autoFocus}
      autoComplete="off"
      spellCheck={false}
      disabled={busy}
      placeholder={placeholder ?? (mode === 'single' ? t('unitsPickerNone') : t('unitsPickerAdd'))}
      value={shownText}
      onFocus={(e) => {
        e.currentTarget.select();
        // A lead unit is picked right away; coordinators open the list on typing, ↓ or a click.
        if (mode === 'single') openList();
      }}
      onClick={openList}
      onBlur={() => {
        setOpen(false);
        setQuery(null);
      }}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setQuery(text);
        setOpen(true);
        setActive(0);
      }}
      onKeyDown={onKeyDown}
    />
  );

  return (
    <div className={`up-picker up-${mode}`}>
      <div className="up-field" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()} onClick={() => inputRef.current?.focus()}>
        {mode === 'multi' &&
          value.map((id) => (
            <span className="up-chip" key={id} title={nameOf(id)}>
              <span className="up-chip-name">{nameOf(id)}</span>
              <button type="button" className="up-chip-remove" aria-label={t('unitsPickerRemove', { name: nameOf(id) })} onClick={() => remove(id)}>
                ×
              </button>
            </span>
          ))}
        {input}
      </div>
      {open && (
        <ul className="up-list" id={`${baseId}-list`} role="listbox" aria-label={label ?? placeholder ?? t('unitsPickerSearch')}>
          {options.map((option, i) => (
            <li
              key={option.kind === 'unit' ? option.unit.id : option.kind}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`up-option up-option-${option.kind}${i === active ? ' is-active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => void pick(option)}
            >
              {option.kind === 'none' ? t('unitsPickerNone') : option.kind === 'unit' ? option.unit.name : t('unitsPickerCreate', { name: option.name })}
            </li>
          ))}
          {options.length === 0 && <li className="up-empty">{t('unitsPickerNoMatch')}</li>}
          {hidden > 0 && <li className="up-empty">{t('unitsPickerMore', { n: hidden })}</li>}
        </ul>
      )}
      {error && (
        <p className="up-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
