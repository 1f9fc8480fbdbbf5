/**
 * "Danh mục đơn vị": the plan's units with how many tasks each leads and
 * coordinates; search without diacritics, add, rename in place, merge into
 * another unit. Every action is one edit saved to the plan file at once
 * (and undoable); the main process's refusal is shown at the field.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { UnitRow, type RowMode } from './UnitRow';
import { searchUnits, unitUsage, type UnitUsage } from './unitSearch';
import './units.css';

export interface UnitsDialogProps {
  onClose(): void;
}

const UNUSED: UnitUsage = { lead: 0, coordinating: 0 };

export function UnitsDialog({ onClose }: UnitsDialogProps) {
  const t = useT();
  const view = usePlanStore((s) => s.view);
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ unitId: string; mode: RowMode } | null>(null);
  const [addedId, setAddedId] = useState<string | null>(null);

  const units = useMemo(() => view?.units ?? [], [view]);
  const usage = useMemo(() => unitUsage(view?.tasks.map((v) => v.task) ?? []), [view]);
  const shown = useMemo(() => searchUnits(units, query), [units, query]);

  useEffect(() => {
    // Bring a unit just added into view (the list is sorted by name).
    if (addedId) document.querySelector(`[data-unit-id="${CSS.escape(addedId)}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [addedId, units]);

  return (
    <Dialog
      title={t('unitsTitle')}
      onClose={onClose}
      className="ud-dialog"
      footer={
        <button type="button" onClick={onClose}>
          {t('dismiss')}
        </button>
      }
    >
      <div className="ud-top">
        <input
          type="text"
          className="ud-search"
          value={query}
          placeholder={t('unitsSearch')}
          aria-label={t('unitsSearch')}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <span className="dlg-note" role="status">
          {query.trim() === '' ? t('unitsCount', { n: units.length }) : t('unitsCountShown', { shown: shown.length, n: units.length })}
        </span>
      </div>
      {readOnly && <p className="dlg-note">{t('unitsReadOnly')}</p>}
      <div className="ud-table-wrap">
        <table className="ud-table">
          <colgroup>
            <col />
            <col className="ud-c-count" />
            <col className="ud-c-count" />
            <col className="ud-c-actions" />
          </colgroup>
          <thead>
            <tr>
              <th>{t('unitsColName')}</th>
              <th className="ud-count" title={t('unitsColLeadTitle')}>
                {t('unitsColLead')}
              </th>
              <th className="ud-count" title={t('unitsColCoordinatingTitle')}>
                {t('unitsColCoordinating')}
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((unit) => (
              <UnitRow
                key={unit.id}
                unit={unit}
                usage={usage.get(unit.id) ?? UNUSED}
                units={units}
                mode={editing?.unitId === unit.id ? editing.mode : 'view'}
                readOnly={readOnly}
                highlighted={unit.id === addedId}
                onMode={(mode) => setEditing(mode === 'view' ? null : { unitId: unit.id, mode })}
              />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="ud-empty">{t('unitsNoMatch', { query: query.trim() })}</p>}
      </div>
      <AddUnitForm
        readOnly={readOnly}
        onAdded={(id) => {
          setQuery('');
          setAddedId(id);
        }}
      />
      <p className="dlg-note">{t('unitsUndoNote')}</p>
    </Dialog>
  );
}

function AddUnitForm({ readOnly, onAdded }: { readOnly: boolean; onAdded(id: string): void }) {
  const t = useT();
  const edit = usePlanStore((s) => s.edit);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const id = await edit({ op: 'addUnit', name });
      setName('');
      setError(null);
      if (id) onAdded(id);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="ud-add" onSubmit={(e) => void add(e)}>
      <label className="ud-inline">
        <span>{t('unitsAddLabel')}</span>
        <input
          type="text"
          value={name}
          placeholder={t('unitsAddPlaceholder')}
          disabled={readOnly || busy}
          aria-invalid={error !== null}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
        />
      </label>
      <button type="submit" className="dlg-primary" disabled={readOnly || busy || name.trim() === ''}>
        {t('unitsAdd')}
      </button>
      {error && (
        <p className="dlg-error ud-add-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
