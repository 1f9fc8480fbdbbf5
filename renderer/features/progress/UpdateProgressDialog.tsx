/**
 * "Cập nhật tiến độ" (MS Project's Update Tasks): the selected tasks as of a
 * status date (dd/mm/yyyy; the plan's, else today), one of three choices —
 * done as planned, a % on the status date, remaining work moved after it.
 * One edit (updateProgress, core/edits/progress.ts): saved, one undo step.
 * A refusal (an actual date after the status date…) stays in the dialog.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { formatViDate, isoFromLocalDate, parseViDate } from '../../../core/dates';
import type { ProgressMode } from '../../../core/edits';
import { Dialog } from '../../components/Dialog';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { useEditAction } from '../calendar/useEditAction';
import './progress.css';

const MODES: { mode: ProgressMode; label: MessageKey; hint: MessageKey }[] = [
  { mode: 'asPlanned', label: 'upModeAsPlanned', hint: 'upModeAsPlannedHint' },
  { mode: 'percent', label: 'upModePercent', hint: 'upModePercentHint' },
  { mode: 'reschedule', label: 'upModeReschedule', hint: 'upModeRescheduleHint' },
];

export function UpdateProgressDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const view = usePlanStore((s) => s.view);
  const statusDate = usePlanStore((s) => s.openPlan?.plan.info.statusDate ?? null);
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  const selectedIds = usePlanStore((s) => s.selectedIds);
  // The tasks chosen when the dialog opened, in plan order.
  const [chosen] = useState(() => {
    const ids = new Set(selectedIds);
    return (view?.tasks ?? []).filter((v) => ids.has(v.task.id));
  });
  const [date, setDate] = useState(() => formatViDate(statusDate ?? isoFromLocalDate(new Date())));
  const [mode, setMode] = useState<ProgressMode>('asPlanned');
  const [percent, setPercent] = useState(() => String(Math.round(chosen[0]?.task.percentComplete ?? 0)));
  const { busy, failure, setFailure, run } = useEditAction();
  const list = useMemo(() => sttRanges(chosen.map((v) => v.stt)), [chosen]);

  async function apply(e?: FormEvent) {
    e?.preventDefault();
    const iso = parseViDate(date);
    if (iso === null) return setFailure({ message: t('calBadDate'), field: 'statusDate' });
    const value = Number(percent.trim().replace(/%$/, ''));
    if (mode === 'percent' && (percent.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100)) {
      return setFailure({ message: t('upBadPercent'), field: 'percent' });
    }
    const taskIds = chosen.map((v) => v.task.id);
    const saved = await run({ op: 'updateProgress', taskIds, statusDate: iso, mode, ...(mode === 'percent' ? { percent: value } : {}) });
    if (saved) onClose();
  }

  const footer = (
    <>
      <button type="button" onClick={onClose} disabled={busy}>
        {t('upCancel')}
      </button>
      <button type="submit" form="update-progress" className="dlg-primary" disabled={busy || readOnly || chosen.length === 0}>
        {t('upApply')}
      </button>
    </>
  );
  return (
    <Dialog title={t('upTitle')} onClose={onClose} busy={busy} className="up-dialog" footer={footer}>
      <form id="update-progress" className="up-form" onSubmit={(e) => void apply(e)}>
        <p className="up-tasks" data-testid="up-tasks">
          {chosen.length === 0 ? t('upNone') : t('upTasks', { n: chosen.length, list })}
        </p>
        {readOnly && <p className="dlg-note">{t('calReadOnly')}</p>}
        <label className="up-date">
          <span>{t('upStatusDate')}</span>
          <input
            type="text"
            name="statusDate"
            value={date}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            aria-invalid={failure?.field === 'statusDate' || undefined}
            onChange={(e) => {
              setDate(e.currentTarget.value);
              setFailure(null);
            }}
          />
        </label>
        <fieldset className="up-modes">
          <legend>{t('upModes')}</legend>
          {MODES.map((m) => (
            <label key={m.mode} className="up-mode">
              <input type="radio" name="mode" value={m.mode} checked={mode === m.mode} onChange={() => (setMode(m.mode), setFailure(null))} />
              <span>
                {t(m.label)}
                <small className="dlg-note">{t(m.hint)}</small>
              </span>
              {m.mode === 'percent' && (
                <input
                  type="text"
                  name="percent"
                  className="up-percent"
                  aria-label={t('upPercent')}
                  value={percent}
                  inputMode="numeric"
                  onFocus={() => setMode('percent')}
                  aria-invalid={failure?.field === 'percent' || undefined}
                  onChange={(e) => {
                    setPercent(e.currentTarget.value);
                    setFailure(null);
                  }}
                />
              )}
            </label>
          ))}
        </fieldset>
        {failure && (
          <p className="dlg-error" role="alert">
            {failure.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}

/** STT as short ranges: 1–10, 12, 14–15. */
export function sttRanges(stts: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < stts.length; i++) {
    const from = stts[i]!;
    let to = from;
    while (i + 1 < stts.length && stts[i + 1] === to + 1) to = stts[++i]!;
    out.push(to === from ? String(from) : `${from}–${to}`);
  }
  return out.join(', ');
}
