/** Working days per month over the plan's range, from the plan's own calendar (what the engine counts with). */
import { useMemo } from 'react';
import { formatViDate, type IsoDate } from '../../../core/dates';
import type { CalendarSpec } from '../../../core/model';
import { calendarOf } from '../../../core/schedule';
import type { Language } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { workingDaysByMonth } from './monthSummary';

export function WorkingDaysSummary({ spec, from, to }: { spec: CalendarSpec; from: IsoDate; to: IsoDate }) {
  const t = useT();
  const language = usePlanStore((s) => s.language);
  const months = useMemo(() => workingDaysByMonth(calendarOf(spec), from, to), [spec, from, to]);
  const total = months.reduce((sum, m) => sum + m.days, 0);
  return (
    <section className="cal-summary" aria-label={t('calSummary')}>
      <h3>
        {t('calSummary')} <span className="muted">({formatViDate(from)} – {formatViDate(to)})</span>
      </h3>
      <ol className="cal-months">
        {months.map((m) => (
          <li key={`${m.year}-${m.month}`} className="cal-month" title={`${formatViDate(m.from)} – ${formatViDate(m.to)}`} data-month={`${m.year}-${String(m.month).padStart(2, '0')}`}>
            <span className="cal-month-name">{monthLabel(m.year, m.month, language)}</span>
            <strong className="cal-month-days">{m.days}</strong>
          </li>
        ))}
      </ol>
      <p className="cal-total">
        {t('calTotal')}: <strong data-testid="cal-total">{total}</strong> {t('workingDays')}
      </p>
    </section>
  );
}

function monthLabel(year: number, month: number, language: Language): string {
  if (language === 'vi') return `Tháng ${month}/${year}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}
