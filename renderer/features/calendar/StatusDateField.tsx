/**
 * "Ngày cập nhật": off by default (see README); when on, unfinished work is
 * not scheduled before it. The date field starts at today.
 */
import { useState, type FormEvent } from 'react';
import { formatViDate, isoFromLocalDate, parseViDate, type IsoDate } from '../../../core/dates';
import { useT } from '../../i18n/useT';
import { useEditAction } from './useEditAction';

export function StatusDateField({ statusDate, readOnly }: { statusDate: IsoDate | null; readOnly: boolean }) {
  const t = useT();
  const { busy, failure, setFailure, run } = useEditAction();
  const [draft, setDraft] = useState(() => formatViDate(statusDate ?? isoFromLocalDate(new Date())));
  const on = statusDate !== null;

  /** The typed date, or null after showing why it is not one. */
  function typedDate(): IsoDate | null {
    const date = parseViDate(draft);
    if (date === null) setFailure({ message: t('calBadDate'), field: 'statusDate' });
    return date;
  }

  async function toggle(checked: boolean) {
    const date = checked ? typedDate() : null;
    if (checked && date === null) return;
    await run({ op: 'setStatusDate', date });
  }

  async function apply(e: FormEvent) {
    e.preventDefault();
    const date = typedDate();
    if (date !== null) await run({ op: 'setStatusDate', date });
  }

  const changed = on && parseViDate(draft) !== statusDate;
  return (
    <fieldset className="cal-status" disabled={readOnly}>
      <legend>{t('calStatusDate')}</legend>
      <label className="cal-check">
        <input type="checkbox" checked={on} disabled={busy} onChange={(e) => void toggle(e.currentTarget.checked)} />
        {t('calStatusTrack')}
      </label>
      <form className="cal-status-date" onSubmit={(e) => void apply(e)}>
        <label>
          <span>{t('calStatusDate')}</span>
          <input
            type="text"
            className="cal-date-input"
            value={draft}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            aria-invalid={failure !== null}
            disabled={busy}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              setFailure(null);
            }}
          />
        </label>
        {on && (
          <button type="submit" disabled={busy || !changed}>
            {t('calApply')}
          </button>
        )}
      </form>
      {failure && (
        <p className="dlg-error" role="alert">
          {failure.message}
        </p>
      )}
      <p className="dlg-note">{t('calStatusExplain')}</p>
    </fieldset>
  );
}
