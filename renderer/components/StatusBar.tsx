import { formatViDate } from '../../core/dates';
import { useT } from '../i18n/useT';
import type { PlanView } from '../planView';

/** The plan's finish against its deadline, always visible. */
export function StatusBar({ view, deadline }: { view: PlanView; deadline: string }) {
  const t = useT();
  const late = view.projectDaysLate > 0;
  return (
    <div className="status-bar" role="status">
      <span>{t('statusTasks', { n: view.tasks.length })}</span>
      <span>{t('statusCritical', { n: view.criticalCount })}</span>
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
