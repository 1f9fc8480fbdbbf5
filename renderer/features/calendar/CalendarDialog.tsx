/**
 * "Lịch làm việc": the plan's working calendar (work week, days off, make-up
 * working days), the working days it gives per month over the plan, and the
 * status date. Each change is one edit saved to the file (undoable); the
 * chart, the table and the summary follow from the plan the store shows.
 */
import type { CalendarSpec } from '../../../core/model';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { CalendarExceptions, WEEKDAY_KEYS } from './CalendarExceptions';
import { StatusDateField } from './StatusDateField';
import { useEditAction } from './useEditAction';
import { WorkingDaysSummary } from './WorkingDaysSummary';
import './calendar.css';

export interface CalendarDialogProps {
  onClose(): void;
}

export function CalendarDialog({ onClose }: CalendarDialogProps) {
  const t = useT();
  const plan = usePlanStore((s) => s.openPlan?.plan ?? null);
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  const footer = (
    <button type="button" onClick={onClose}>
      {t('dismiss')}
    </button>
  );
  if (!plan) {
    return (
      <Dialog title={t('calTitle')} onClose={onClose} footer={footer}>
        <p className="dlg-note">{t('loading')}</p>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('calTitle')} onClose={onClose} className="cal-dialog" footer={footer}>
      {readOnly && <p className="dlg-note">{t('calReadOnly')}</p>}
      <div className="cal-columns">
        <div className="cal-column">
          <WorkWeek spec={plan.calendar} readOnly={readOnly} />
          <CalendarExceptions spec={plan.calendar} readOnly={readOnly} />
        </div>
        <div className="cal-column">
          <WorkingDaysSummary spec={plan.calendar} from={plan.info.startDate} to={plan.info.endDate} />
          <StatusDateField statusDate={plan.info.statusDate} readOnly={readOnly} />
        </div>
      </div>
    </Dialog>
  );
}

function WorkWeek({ spec, readOnly }: { spec: CalendarSpec; readOnly: boolean }) {
  const t = useT();
  const { busy, failure, run } = useEditAction();
  const toggle = (day: number, on: boolean) => {
    const days = on ? [...spec.workWeek, day] : spec.workWeek.filter((d) => d !== day);
    void run({ op: 'setWorkWeek', days: [...new Set(days)].sort((a, b) => a - b) });
  };
  return (
    <fieldset className="cal-week" disabled={readOnly}>
      <legend>{t('calWorkWeek')}</legend>
      <div className="cal-week-days">
        {WEEKDAY_KEYS.map((key, i) => (
          <label key={key} className="cal-check">
            <input type="checkbox" checked={spec.workWeek.includes(i + 1)} disabled={busy} onChange={(e) => toggle(i + 1, e.currentTarget.checked)} />
            {t(key)}
          </label>
        ))}
      </div>
      {failure && (
        <p className="dlg-error" role="alert">
          {failure.message}
        </p>
      )}
    </fieldset>
  );
}
