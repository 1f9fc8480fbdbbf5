import { useT } from '../i18n/useT';
import { useBaselineView } from '../features/baselines/useBaselineView';

/** The chart's key: colours of critical and normal tasks, lateness, windows, days off, today, the deadline. */
export function Legend({ statusDate = false }: { statusDate?: boolean }) {
  const t = useT();
  const baseline = useBaselineView((s) => s.show);
  return (
    <ul className="legend" aria-label="Chú giải">
      <li><span className="swatch swatch-critical" />{t('legendCritical')}</li>
      <li><span className="swatch swatch-normal" />{t('legendNormal')}</li>
      <li><span className="swatch swatch-effort" />{t('legendEffort')}</li>
      <li><span className="swatch swatch-milestone" />{t('legendMilestone')}</li>
      <li><span className="swatch swatch-late" />{t('legendLate')}</li>
      <li><span className="swatch swatch-window" />{t('legendWindow')}</li>
      <li><span className="swatch swatch-nonworking" />{t('legendNonWorking')}</li>
      <li><span className="swatch swatch-today" />{t('legendToday')}</li>
      <li><span className="swatch swatch-deadline" />{t('legendDeadline')}</li>
      {baseline && <li><span className="swatch swatch-baseline" />{t('viewBaseline')}</li>}
      {statusDate && <li><span className="swatch swatch-status-date" />{t('upStatusDate')}</li>}
    </ul>
  );
}
