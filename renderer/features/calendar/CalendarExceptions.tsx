/**
 * The calendar's exceptions: days off that would be working days (ngày nghỉ
 * lễ, nghỉ bù) and worked days that would be off (ngày làm bù), each with
 * its date (dd/mm/yyyy) and name; added and removed one edit at a time.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatViDate, isoWeekday, parseViDate, toEpochDay } from '../../../core/dates';
import type { CalendarException, CalendarSpec } from '../../../core/model';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useEditAction } from './useEditAction';

type Kind = 'holiday' | 'workday';

export const WEEKDAY_KEYS: readonly MessageKey[] = ['calDay1', 'calDay2', 'calDay3', 'calDay4', 'calDay5', 'calDay6', 'calDay7'];

export function CalendarExceptions({ spec, readOnly }: { spec: CalendarSpec; readOnly: boolean }) {
  const t = useT();
  const remover = useEditAction();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <fieldset className="cal-exceptions" disabled={readOnly}>
      <legend>{t('calExceptions')}</legend>
      <ExceptionList kind="holiday" title={t('calHolidays', { n: spec.holidays.length })} entries={spec.holidays} added={added} busy={remover.busy} onRemove={(date) => void remover.run({ op: 'removeCalendarException', date })} />
      <ExceptionList kind="workday" title={t('calWorkdays', { n: spec.workdays.length })} entries={spec.workdays} added={added} busy={remover.busy} onRemove={(date) => void remover.run({ op: 'removeCalendarException', date })} />
      {remover.failure && (
        <p className="dlg-error" role="alert">
          {remover.failure.message}
        </p>
      )}
      <AddException onAdded={setAdded} />
    </fieldset>
  );
}

interface ExceptionListProps {
  kind: Kind;
  title: string;
  entries: CalendarException[];
  /** The date just added, shown highlighted and scrolled into view. */
  added: string | null;
  busy: boolean;
  onRemove(date: string): void;
}

function ExceptionList({ kind, title, entries, added, busy, onRemove }: ExceptionListProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (added) scroller.current?.querySelector(`[data-date="${added}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [added, entries]);
  return (
    <section className={`cal-list cal-list-${kind}`} aria-label={title}>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="dlg-note">{t('calNone')}</p>
      ) : (
        <div className="cal-list-scroll" ref={scroller}>
          <table>
            <tbody>
              {entries.map((e) => (
                <tr key={e.date} data-date={e.date} className={e.date === added ? 'is-new' : undefined}>
                  <td className="cal-date">{formatViDate(e.date)}</td>
                  <td className="cal-weekday">{t(WEEKDAY_KEYS[isoWeekday(toEpochDay(e.date)) - 1]!)}</td>
                  <td className="cal-name" title={e.name}>
                    {e.name}
                  </td>
                  <td className="cal-remove">
                    <button
                      type="button"
                      className="dlg-link"
                      disabled={busy}
                      aria-label={t(kind === 'holiday' ? 'calRemoveHoliday' : 'calRemoveWorkday', { date: formatViDate(e.date) })}
                      title={t('calRemove')}
                      onClick={() => onRemove(e.date)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AddException({ onAdded }: { onAdded(date: string): void }) {
  const t = useT();
  const { busy, failure, setFailure, run } = useEditAction();
  const [kind, setKind] = useState<Kind>('holiday');
  const [dateText, setDateText] = useState('');
  const [name, setName] = useState('');

  async function add(e: FormEvent) {
    e.preventDefault();
    const date = parseViDate(dateText);
    if (date === null) return setFailure({ message: t('calBadDate'), field: 'date' });
    if (await run({ op: 'addCalendarException', date, kind, name })) {
      setDateText('');
      setName('');
      onAdded(date);
    }
  }

  const nameFailed = failure?.field === 'name';
  return (
    <form className="cal-add" onSubmit={(e) => void add(e)}>
      <h3>{t('calAddTitle')}</h3>
      <div className="cal-add-fields">
        <select value={kind} aria-label={t('calKind')} disabled={busy} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          <option value="holiday">{t('calKindHoliday')}</option>
          <option value="workday">{t('calKindWorkday')}</option>
        </select>
        <input
          type="text"
          className="cal-date-input"
          value={dateText}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          aria-label={t('calDate')}
          aria-invalid={failure !== null && !nameFailed}
          disabled={busy}
          onChange={(e) => {
            setDateText(e.currentTarget.value);
            setFailure(null);
          }}
        />
        <input
          type="text"
          className="cal-name-input"
          value={name}
          placeholder={t(kind === 'holiday' ? 'calNameHolidayPlaceholder' : 'calNameWorkdayPlaceholder')}
          aria-label={t('calName')}
          aria-invalid={nameFailed}
          disabled={busy}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setFailure(null);
          }}
        />
        <button type="submit" className="dlg-primary" disabled={busy || dateText.trim() === ''}>
          {t('calAdd')}
        </button>
      </div>
      {failure && (
        <p className="dlg-error" role="alert">
          {failure.message}
        </p>
      )}
    </form>
  );
}
