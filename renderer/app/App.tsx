import { useEffect, useMemo } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Legend } from '../components/Legend';
import { PlanHeader } from './PlanHeader';
import { StatusBar } from '../components/StatusBar';
import { Toolbar } from './Toolbar';
import { useT } from '../i18n/useT';
import { useDialogStore } from '../state/useDialogStore';
import { filterTasks } from '../state/taskFilter';
import { usePlanStore } from '../state/usePlanStore';
import { Dialogs } from './Dialogs';
import { Planner } from './Planner';
import { useShortcuts } from './useShortcuts';
import { useMenuCommands } from './useMenuCommands';

export function App() {
  const t = useT();
  const { openPlan, view, error, notice, load, dismissError, dismissNotice } = usePlanStore();
  const dialogOpen = useDialogStore((s) => s.dialog !== null);
  const filter = usePlanStore((s) => s.filter);
  const shown = useMemo(() => (view ? filterTasks(view.tasks, filter).length : 0), [view, filter]);
  useEffect(() => {
    void load();
  }, [load]);
  useShortcuts(!dialogOpen);
  useMenuCommands();

  return (
    <div className="app">
      {error && <ErrorBanner message={error} onDismiss={dismissError} />}
      {notice && <ErrorBanner kind="notice" message={notice} onDismiss={dismissNotice} />}
      {openPlan && view ? (
        <>
          <PlanHeader title={openPlan.plan.info.title} fileName={openPlan.fileName} />
          <Toolbar />
          {view.cycle && (
            <div className="error-banner" role="alert">
              {t('cycleError', { tasks: view.cycle.map((c) => `${c.stt}. ${c.name}`).join(' → ') })}
            </div>
          )}
          <Planner view={view} startDate={openPlan.plan.info.startDate} endDate={openPlan.plan.info.endDate} />
          <footer className="app-footer">
            <Legend statusDate={openPlan.plan.info.statusDate !== null} />
            <StatusBar view={view} deadline={openPlan.plan.info.endDate} shown={shown} />
          </footer>
          <Dialogs />
        </>
      ) : (
        !error && <p className="loading">{t('loading')}</p>
      )}
    </div>
  );
}
