import { formatViDate } from '../../core/dates';
import type { TaskChanges } from '../../core/edits';
import { TASK_KINDS, type TaskKind } from '../../core/model';
import type { ProgressIssue } from '../../core/schedule/types';
import { describeWindow } from '../../core/timeWindow';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages';
import type { TaskView } from '../planView';
import { usePlanStore } from '../state/usePlanStore';
import { describeDriver } from './describeDriver';
import { LinksEditor } from './details/LinksEditor';
import { TextField } from './details/TextField';
import { useFieldSave } from './details/useFieldSave';
import { UnitPicker } from './UnitPicker';

const KIND_LABELS: Record<TaskKind, MessageKey> = { task: 'kindTask', milestone: 'milestoneKind', effort: 'effortKind' };
const PROGRESS_ISSUE_LABELS: Record<ProgressIssue, MessageKey> = {
  actualAfterStatus: 'progressActualAfterStatus',
  outOfSequence: 'progressOutOfSequence',
};

/** The task panel: everything about the focused task, editable field by field; plan text shown as text only. */
export function TaskDetails({ view }: { view: TaskView }) {
  const t = useT();
  const language = usePlanStore((s) => s.language);
  const allTasks = usePlanStore((s) => s.view?.tasks ?? []);
  const units = usePlanStore((s) => s.view?.units ?? []);
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? true);
  const edit = usePlanStore((s) => s.edit);
  const fields = useFieldSave();
  const { task, schedule } = view;
  const update = (field: string, changes: TaskChanges) => fields.save(field, { op: 'updateTask', taskId: task.id, changes });
  const createUnit = async (name: string) => {
    try {
      return await edit({ op: 'addUnit', name });
    } catch {
      return null;
    }
  };
  const windowUnreadable = task.windowText.trim() !== '' && view.window.kind === 'unreadable';

  return (
    <aside className="task-details" aria-label={t('detailsTitle')} key={task.id} data-task-id={task.id}>
      <button type="button" className="details-hide" data-details-hide title={t('detailsHide')} aria-label={t('detailsHide')} onClick={() => usePlanStore.getState().setLayout({ detailsOpen: false })}>
        »
      </button>
      <h2>
        {t('colStt')} {view.stt}. {task.name}
      </h2>
      <TextField name="name" label={t('colName')} value={task.name} multiline readOnly={readOnly} error={fields.errors.name} onCommit={(name) => update('name', { name })} />
      <div className="field">
        <span className="field-label">{t('lead')}</span>
        <UnitPicker units={units} mode="single" value={task.leadUnitId ? [task.leadUnitId] : []} onChange={(ids) => void update('lead', { leadUnitId: ids[0] ?? null })} onCreate={readOnly ? undefined : createUnit} />
        {fields.errors.lead && <span className="field-error" role="alert">{fields.errors.lead}</span>}
      </div>
      <div className="field">
        <span className="field-label">{t('coordinators')}</span>
        <UnitPicker units={units} mode="multi" value={task.coordinatingUnitIds} onChange={(ids) => void update('coordinators', { coordinatingUnitIds: ids })} onCreate={readOnly ? undefined : createUnit} />
        {fields.errors.coordinators && <span className="field-error" role="alert">{fields.errors.coordinators}</span>}
      </div>
      <TextField
        name="window"
        label={t('window')}
        value={task.windowText}
        readOnly={readOnly}
        error={fields.errors.window ?? (windowUnreadable ? t('windowUnreadable') : undefined)}
        hint={task.windowText.trim() === '' ? undefined : `${t('windowParsed')}: ${describeWindow(view.window, language)}`}
        onCommit={(windowText) => update('window', { windowText })}
      />
      <TextField name="deliverable" label={t('deliverable')} value={task.deliverable} multiline readOnly={readOnly} error={fields.errors.deliverable} onCommit={(deliverable) => update('deliverable', { deliverable })} />
      <TextField name="notes" label={t('notes')} value={task.notes} multiline readOnly={readOnly} error={fields.errors.notes} onCommit={(notes) => update('notes', { notes })} />
      <label className="field">
        <span className="field-label">{t('kind')}</span>
        <select value={task.kind} disabled={readOnly} data-field="kind" onChange={(e) => void update('kind', { kind: e.target.value as TaskKind })}>
          {TASK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABELS[k])}
            </option>
          ))}
        </select>
        {fields.errors.kind && <span className="field-error" role="alert">{fields.errors.kind}</span>}
      </label>
      <LinksEditor view={view} allTasks={allTasks} readOnly={readOnly} fields={fields} />
      {schedule && (
        <dl className="schedule-facts">
          <Fact label="schedule" value={`${formatViDate(schedule.start)} – ${formatViDate(schedule.finish)}`} />
          <Fact label="totalFloat" value={`${schedule.totalFloat} ${t('workingDays')}`} />
          <Fact label="freeFloat" value={`${schedule.freeFloat} ${t('workingDays')}`} />
          <div className={schedule.critical ? 'critical-flag is-critical' : 'critical-flag'}>{schedule.critical ? t('criticalYes') : t('criticalNo')}</div>
          {schedule.daysLateOwn > 0 && <Fact label="lateOwn" value={`${schedule.daysLateOwn} ${t('workingDays')}`} />}
          {view.progress && <Fact label="plannedPercent" value={`${view.progress.plannedPercent}%`} />}
          {view.progress?.late && <Fact label="lateStatus" value={`${view.progress.daysLate} ${t('workingDays')}`} flagged />}
          {schedule.progressIssue && <Fact label="progressIssue" value={t(PROGRESS_ISSUE_LABELS[schedule.progressIssue])} flagged />}
          <Fact label="driver" value={describeDriver(schedule.driver, view.drivingLink, language)} />
        </dl>
      )}
    </aside>
  );
}

/** The collapsed panel: a narrow strip that opens it again. */
export function ShowDetailsButton() {
  const t = useT();
  return (
    <button type="button" className="details-show" data-details-show title={t('detailsShow')} onClick={() => usePlanStore.getState().setLayout({ detailsOpen: true })}>
      « {t('detailsShow')}
    </button>
  );
}

function Fact({ label, value, flagged = false }: { label: MessageKey; value: string; flagged?: boolean }) {
  const t = useT();
  return (
    <div className={flagged ? 'fact is-flagged' : 'fact'} data-fact={label}>
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </div>
  );
}
