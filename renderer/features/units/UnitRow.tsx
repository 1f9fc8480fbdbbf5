/**
 * One unit of the directory: its name and how many tasks it leads and
 * coordinates; renamed in place, or merged into another unit after a
 * confirmation. Each action is one edit saved to the file (undoable); a
 * refusal from the main process is shown under the field it concerns.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Unit } from '../../../core/model';
import { normaliseSpaces } from '../../../core/text';
import { errorMessage } from '../../api';
import { UnitCombobox } from '../../components/UnitPicker';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import type { UnitUsage } from './unitSearch';

export type RowMode = 'view' | 'rename' | 'merge';

export interface UnitRowProps {
  unit: Unit;
  usage: UnitUsage;
  /** The whole directory (merge targets). */
  units: Unit[];
  mode: RowMode;
  readOnly: boolean;
  highlighted: boolean;
  onMode(mode: RowMode): void;
}

export function UnitRow({ unit, usage, units, mode, readOnly, highlighted, onMode }: UnitRowProps) {
  const t = useT();
  const classes = ['ud-row', mode !== 'view' && 'is-editing', highlighted && 'is-new'].filter(Boolean).join(' ');
  return (
    <>
      <tr className={classes} data-unit-id={unit.id}>
        <td className="ud-name">
          {mode === 'rename' ? <RenameForm unit={unit} onDone={() => onMode('view')} /> : <span title={unit.name}>{unit.name}</span>}
        </td>
        <td className={usage.lead === 0 ? 'ud-count is-zero' : 'ud-count'}>{usage.lead}</td>
        <td className={usage.coordinating === 0 ? 'ud-count is-zero' : 'ud-count'}>{usage.coordinating}</td>
        <td className="ud-actions">
          {mode === 'view' && (
            <>
              <button type="button" className="dlg-link" disabled={readOnly} onClick={() => onMode('rename')} aria-label={t('unitsRenameOf', { name: unit.name })}>
                {t('unitsRename')}
              </button>
              <button type="button" className="dlg-link" disabled={readOnly || units.length < 2} onClick={() => onMode('merge')} aria-label={t('unitsMergeOf', { name: unit.name })}>
                {t('unitsMerge')}
              </button>
            </>
          )}
        </td>
      </tr>
      {mode === 'merge' && (
        <tr className="ud-merge-row">
          <td colSpan={4}>
            <MergeForm source={unit} usage={usage} units={units} onDone={() => onMode('view')} />
          </td>
        </tr>
      )}
    </>
  );
}

function RenameForm({ unit, onDone }: { unit: Unit; onDone(): void }) {
  const t = useT();
  const edit = usePlanStore((s) => s.edit);
  const [draft, setDraft] = useState(unit.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (normaliseSpaces(draft) === unit.name) return onDone();
    setBusy(true);
    try {
      await edit({ op: 'renameUnit', unitId: unit.id, name: draft });
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <form className="ud-rename" onSubmit={(e) => void save(e)}>
      <div className="ud-inline">
        <input
          type="text"
          value={draft}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          disabled={busy}
          aria-label={t('unitsRenameLabel', { name: unit.name })}
          aria-invalid={error !== null}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            // Cancels the rename only; the dialog stays open.
            e.preventDefault();
            onDone();
          }}
        />
        <button type="submit" className="dlg-primary" disabled={busy}>
          {t('unitsSave')}
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          {t('unitsCancel')}
        </button>
      </div>
      {error && (
        <p className="dlg-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function MergeForm({ source, usage, units, onDone }: { source: Unit; usage: UnitUsage; units: Unit[]; onDone(): void }) {
  const t = useT();
  const edit = usePlanStore((s) => s.edit);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = units.filter((u) => u.id !== source.id);
  const target = targets.find((u) => u.id === targetId) ?? null;
  const box = useRef<HTMLDivElement>(null);
  // The row may be the last one shown: keep the confirmation and its buttons in view.
  // (Braces: recent Chromium returns a Promise from scrollIntoView, which React would take for a cleanup.)
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [targetId]);

  async function merge() {
    if (!target || busy) return;
    setBusy(true);
    try {
      await edit({ op: 'mergeUnits', sourceUnitId: source.id, targetUnitId: target.id });
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <div className="ud-merge" ref={box}>
      <div className="ud-merge-pick">
        <span className="ud-merge-label">{t('unitsMergeTarget', { name: source.name })}</span>
        <UnitCombobox
          units={targets}
          mode="single"
          noneOption={false}
          value={targetId ? [targetId] : []}
          label={t('unitsMergeTargetLabel')}
          placeholder={t('unitsMergeTargetLabel')}
          autoFocus
          onChange={(ids) => {
            setTargetId(ids[0] ?? null);
            setError(null);
          }}
          onCancel={onDone}
        />
      </div>
      {target && (
        <p className="ud-merge-confirm" role="status">
          {t('unitsMergeConfirm', { source: source.name, target: target.name, lead: usage.lead, coordinating: usage.coordinating })}
        </p>
      )}
      {error && (
        <p className="dlg-error" role="alert">
          {error}
        </p>
      )}
      <div className="ud-inline ud-merge-buttons">
        <button type="button" className="dlg-primary" disabled={!target || busy} onClick={() => void merge()}>
          {t('unitsMergeDo')}
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          {t('unitsCancel')}
        </button>
      </div>
    </div>
  );
}
