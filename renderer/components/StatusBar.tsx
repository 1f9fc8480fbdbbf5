import { formatViDate } from '../../core/dates';
import { useT } from '../i18n/useT';
import type { PlanView } from '../planView';

/** The plan's finish against its deadline, always visible. */
/** `shown`: how many tasks the filters leave on screen ("n / 17" while filtering). */
export function StatusBar({ view, deadline, shown }: { view: PlanView; deadline: string; shown: number }) {
  const t = useT();
  const late = view.projectDaysLate > 0;
  return (
    <div className="status-bar" role="status">
      <span data-testid="task-count">{shown < view.tasks.length ? t('statusTasksFiltered', { shown, n: view.tasks.length }) : t('statusTasks', { n: view.tasks.length })}</span>
      <span>{t('statusCritical', { n: view.criticalCount })}</span>
      {view.progress && view.statusDate && (
        <span data-testid="progress-counts">
          {t('statusProgress', { date: formatViDate(view.statusDate), done: view.progress.done, inProgress: view.progress.inProgress })} ·{' '}
          <strong className={view.progress.late > 0 ? 'is-late' : undefined} data-testid="late-count">
            {t('statusLateCount', { n: view.progress.late })}
          </strong>
        </span>
      )}
      <span>
        {t('statusDeadline')}: <strong>{formatViDate(deadline)}</strong>
      </span>
      {view.projectFinish && (
        <span className={late ? 'finish is-late' : 'finish'} data-testid="plan-finish">
          {t('statusFinish')}: <strong>{formatViDate(view.projectFinish)}</strong> ·{' '}
          {late ? t('statusLate', { n: view.projectDaysLate }) : t('statusOnTime')}
        </span>
      )}
    </div>
  );
}
