import { DocumentBadges } from '../features/sharing/DocumentBadges';
import type { GanttViewMode } from '../gantt/GanttChart';
import { useT } from '../i18n/useT';
import { switchLanguage, switchView } from '../state/navigation';
import { usePlanStore } from '../state/usePlanStore';

const VIEW_MODES: { mode: GanttViewMode; label: 'viewDay' | 'viewWeek' | 'viewMonth' }[] = [
  { mode: 'Day', label: 'viewDay' },
  { mode: 'Week', label: 'viewWeek' },
  { mode: 'Month', label: 'viewMonth' },
];

/** The plan's title and file, the view switch and the language switch. */
export function PlanHeader({ title, fileName }: { title: string; fileName: string }) {
  const t = useT();
  const viewMode = usePlanStore((s) => s.viewMode);
  const language = usePlanStore((s) => s.language);
  const layout = usePlanStore((s) => s.layout);
  return (
    <header className="plan-header">
      <div className="plan-title">
        <h1 title={title}>{title}</h1>
        <span className="file-name">{fileName}</span>
        <DocumentBadges />
      </div>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('viewLabel')}>
          {VIEW_MODES.map(({ mode, label }) => (
            <button
              key={mode}
              type="button"
              className={mode === viewMode ? 'active' : ''}
              aria-pressed={mode === viewMode}
              data-view-mode={mode}
              onClick={() => void switchView(mode)}
            >
              {t(label)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className={layout.weekNumbers ? 'week-numbers-switch active' : 'week-numbers-switch'}
          data-week-numbers
          aria-pressed={layout.weekNumbers}
          disabled={viewMode !== 'Week'}
          title={t(viewMode === 'Week' ? 'weekNumbersTitle' : 'weekNumbersOnlyWeek')}
          onClick={() => usePlanStore.getState().setLayout({ weekNumbers: !layout.weekNumbers })}
        >
          {t('weekNumbers')}
        </button>
        <div className="segmented" role="group">
          <button type="button" data-chart-today title={t('cmdTodayTitle')} onClick={() => usePlanStore.getState().requestChart('today')}>
            {t('cmdToday')}
          </button>
          <button type="button" data-chart-fit title={t('cmdFitTitle')} onClick={() => usePlanStore.getState().requestChart('fit')}>
            {t('cmdFit')}
          </button>
        </div>
        <button type="button" className="language-switch" onClick={() => void switchLanguage(language === 'vi' ? 'en' : 'vi')}>
          {t('languageSwitch')}
        </button>
      </div>
    </header>
  );
}
