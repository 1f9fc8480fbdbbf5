import { forwardRef } from 'react';
import { formatViDate } from '../../core/dates';
import { GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT } from '../gantt/GanttChart';
import { useT } from '../i18n/useT';
import type { TaskView } from '../planView';

interface TaskTableProps {
  tasks: TaskView[];
  selectedId: string | null;
  onSelect(id: string): void;
  onScroll(scrollTop: number): void;
}

/** The task table beside the chart; its rows have the chart's row height so both line up. */
export const TaskTable = forwardRef<HTMLDivElement, TaskTableProps>(function TaskTable(
  { tasks, selectedId, onSelect, onScroll },
  ref,
) {
  const t = useT();
  return (
    <div className="task-table" ref={ref} onScroll={(e) => onScroll(e.currentTarget.scrollTop)}>
      <table>
        <colgroup>
          <col className="col-stt" />
          <col className="col-name" />
          <col className="col-lead" />
          <col className="col-date" />
          <col className="col-date" />
          <col className="col-duration" />
          <col className="col-progress" />
        </colgroup>
        <thead>
          <tr style={{ height: GANTT_HEADER_HEIGHT }}>
            <th>{t('colStt')}</th>
            <th>{t('colName')}</th>
            <th>{t('colLead')}</th>
            <th>{t('colStart')}</th>
            <th>{t('colFinish')}</th>
            <th title={t('colDuration')}>{t('colDuration')}</th>
            <th>{t('colProgress')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((view) => (
            <TaskRow key={view.task.id} view={view} selected={view.task.id === selectedId} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

function TaskRow({ view, selected, onSelect }: { view: TaskView; selected: boolean; onSelect(id: string): void }) {
  const t = useT();
  const { task, schedule } = view;
  const classes = ['task-row', selected && 'is-selected', schedule?.critical && 'is-critical', schedule && schedule.daysLateOwn > 0 && 'is-late'];
  const duration =
    task.kind === 'effort' ? t('effortKind') : task.kind === 'milestone' ? t('milestoneKind') : String(task.duration);
  return (
    <tr
      className={classes.filter(Boolean).join(' ')}
      style={{ height: GANTT_ROW_HEIGHT }}
      data-id={task.id}
      aria-selected={selected}
      onClick={() => onSelect(task.id)}
    >
      <td className="cell-stt">{view.stt}</td>
      <td className="cell-name" title={task.name}>
        {task.name}
      </td>
      <td className="cell-lead" title={view.leadName}>
        {view.leadName}
      </td>
      <td className="cell-date">{schedule ? formatViDate(schedule.start) : ''}</td>
      <td className="cell-date">{schedule ? formatViDate(schedule.finish) : ''}</td>
      <td className="cell-number">{duration}</td>
      <td className="cell-number">{task.percentComplete}%</td>
    </tr>
  );
}
