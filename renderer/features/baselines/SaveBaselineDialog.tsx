/**
 * "Lưu kế hoạch gốc" (MS Project's Set Baseline): baseline 0 … 10 takes the
 * current schedule of every task. The name defaults to the index's default
 * ("Kế hoạch được duyệt" for 0); choosing a saved index says what will be
 * replaced. One edit (saveBaseline), so it is saved and undoable; a saved
 * baseline can also be deleted here (deleteBaseline).
 */
import { useState, type FormEvent } from 'react';
import { baselineAt, defaultBaselineName, MAX_BASELINE_NAME_LENGTH, MAX_BASELINES } from '../../../core/baseline';
import { formatViDate } from '../../../core/dates';
import { BASELINE_COLUMNS } from '../../components/table/columns';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { useEditAction } from '../calendar/useEditAction';
import { useBaselineView } from './useBaselineView';
import './baselines.css';

export function SaveBaselineDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const baselines = usePlanStore((s) => s.openPlan?.plan.baselines);
  const taskCount = usePlanStore((s) => s.openPlan?.plan.tasks.length ?? 0);
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  // The first index not saved yet (0 for a plan without baselines), as MS Project offers the next one.
  const [index, setIndex] = useState(() => Array.from({ length: MAX_BASELINES }, (_, i) => i).find((i) => !baselineAt(baselines, i)) ?? 0);
  const [name, setName] = useState(() => baselineAt(baselines, index)?.name ?? defaultBaselineName(index));
  const { busy, failure, setFailure, run } = useEditAction();
  const existing = baselineAt(baselines, index);

  function choose(next: number) {
    setIndex(next);
    setName(baselineAt(baselines, next)?.name ?? defaultBaselineName(next));
    setFailure(null);
  }

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (!(await run({ op: 'saveBaseline', index, name: name.trim() }))) return;
    // What was saved is seen at once: the grey bars and the baseline columns.
    useBaselineView.getState().setShow(true);
    const { layout, setLayout } = usePlanStore.getState();
    const shown = layout.shownColumns ?? [];
    if (!BASELINE_COLUMNS.some((c) => shown.includes(c))) setLayout({ shownColumns: [...shown, ...BASELINE_COLUMNS] });
    onClose();
  }

  async function remove() {
    if (await run({ op: 'deleteBaseline', index })) onClose();
  }

  const footer = (
    <>
      {existing && (
        <button type="button" className="dlg-danger" data-action="baseline-delete" onClick={() => void remove()} disabled={busy || readOnly}>
          {t('sbDelete')}
        </button>
      )}
      <button type="button" onClick={onClose} disabled={busy}>
        {t('sbCancel')}
      </button>
      <button type="submit" form="save-baseline" className="dlg-primary" disabled={busy || readOnly}>
        {t(existing ? 'sbReplace' : 'sbSave')}
      </button>
    </>
  );
  return (
    <Dialog title={t('sbTitle')} onClose={onClose} busy={busy} className="sb-dialog" footer={footer}>
      <form id="save-baseline" className="sb-form" onSubmit={(e) => void save(e)}>
        <p className="dlg-note">{t('sbWhat', { n: taskCount })}</p>
        {readOnly && <p className="dlg-note">{t('calReadOnly')}</p>}
        <label>
          <span>{t('sbIndex')}</span>
          <select name="index" value={index} onChange={(e) => choose(Number(e.currentTarget.value))}>
            {Array.from({ length: MAX_BASELINES }, (_, i) => {
              const saved = baselineAt(baselines, i);
              return (
                <option key={i} value={i}>
                  {saved ? t('sbIndexSaved', { n: i, name: saved.name, date: formatViDate(saved.savedOn) }) : t('sbIndexEmpty', { n: i })}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          <span>{t('sbName')}</span>
          <input
            type="text"
            name="name"
            value={name}
            maxLength={MAX_BASELINE_NAME_LENGTH}
            aria-invalid={failure?.field === 'name' || undefined}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setFailure(null);
            }}
          />
        </label>
        {existing && (
          <p className="sb-warning" role="status" data-testid="baseline-overwrite">
            {t('sbOverwrite', { n: index, name: existing.name, date: formatViDate(existing.savedOn) })}
          </p>
        )}
        {failure && (
          <p className="dlg-error" role="alert">
            {failure.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
