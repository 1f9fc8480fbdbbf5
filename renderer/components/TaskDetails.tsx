import { formatViDate } from '../../core/dates';
import { describeWindow } from '../../core/timeWindow';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages';
import type { LinkView, TaskView } from '../planView';
import { usePlanStore } from '../state/usePlanStore';
import { describeDriver } from './describeDriver';

/** The side panel: everything about the selected task, as plain text. */
export function TaskDetails({ view }: { view: TaskView | null }) {
  const t = useT();
  const language = usePlanStore((s) => s.language);
  if (!view) {
    return (
      <aside className="task-details" aria-label={t('detailsTitle')}>
        <h2>{t('detailsTitle')}</h2>
        <p className="muted">{t('detailsEmpty')}</p>
      </aside>
    );
  }
  const { task, schedule } = view;
  return (
    <aside className="task-details" aria-label={t('detailsTitle')}>
      <h2>
        {t('colStt')} {view.stt}. {task.name}
      </h2>
      <dl>
        <Field label="lead" value={view.leadName || t('none')} />
        <Field label="coordinators" value={view.coordinatorNames.length ? view.coordinatorNames.join('; ') : t('none')} />
        <Field label="window" value={task.windowText || t('none')} />
        <Field label="windowParsed" value={describeWindow(view.window, language)} />
        <Field label="deliverable" value={task.deliverable || t('none')} />
        <Field label="predecessors" value={linkList(view.predecessors) || t('none')} />
        <Field label="successors" value={linkList(view.successors) || t('none')} />
        {schedule && (
          <>
            <Field label="schedule" value={`${formatViDate(schedule.start)} – ${formatViDate(schedule.finish)}`} />
            <Field label="totalFloat" value={`${schedule.totalFloat} ${t('workingDays')}`} />
            <Field label="freeFloat" value={`${schedule.freeFloat} ${t('workingDays')}`} />
            <div className={schedule.critical ? 'critical-flag is-critical' : 'critical-flag'}>
              {schedule.critical ? t('criticalYes') : t('criticalNo')}
            </div>
            {schedule.daysLateOwn > 0 && <Field label="lateOwn" value={`${schedule.daysLateOwn} ${t('workingDays')}`} />}
            <Field label="driver" value={describeDriver(schedule.driver, view.drivingLink, language)} />
          </>
        )}
      </dl>
    </aside>
  );
}

function Field({ label, value }: { label: MessageKey; value: string }) {
  const t = useT();
  return (
    <div className="field">
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function linkList(links: LinkView[]): string {
  return links
    .map((l) => `${l.otherStt} (${l.link.type}${l.link.lag ? (l.link.lag > 0 ? '+' : '') + l.link.lag : ''})`)
    .join(', ');
}
