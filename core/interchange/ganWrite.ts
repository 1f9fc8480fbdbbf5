/**
 * Our plan as a GanttProject file (.gan): nested <task> for the outline,
 * meeting="true" for milestones, <depend> under the predecessor (type 1 SS,
 * 2 FS, 3 FF, 4 SF; difference in days), thirdDate for the window start
 * (earliest begin), notes in CDATA, the work week and every holiday or
 * make-up day in <calendars>, units as resources with the lead allocation
 * responsible. Our own fields go in custom task columns so a round trip
 * keeps them; the plan's header fields in the project description.
 */
import { PlanError } from '../errors';
import { tasksInOrder, type Plan, type Task } from '../model';
import { describeTask, schedulePlan } from '../schedule';
import { parentOf, wbsOf } from './outlineFields';
import { taskDetailsOf, type PlanDetails } from './ownFields';
import { el, xmlDocument, type XmlElement } from './xmlWriter';

export const GAN_LINK_TYPES = { SS: 1, FS: 2, FF: 3, SF: 4 } as const;
/** Custom task columns (taskproperty ids) holding our own fields. */
export const GAN_OWN_COLUMNS = {
  windowText: { id: 'tpc0', name: 'Thời gian thực hiện' },
  deliverable: { id: 'tpc1', name: 'Sản phẩm' },
  wbs: { id: 'tpc2', name: 'Số thứ tự trong kế hoạch' },
  details: { id: 'tpc3', name: 'Tiến Độ (chi tiết lập lịch)' },
} as const;
/** GanttProject's week attributes, Sunday first; "1" marks a weekend day. */
export const GAN_WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface GanPlanDetails extends PlanDetails {
  organisation?: string;
  signer?: string;
  startDate?: string;
  endDate?: string;
  statusDate?: string | null;
}

export function planToGan(plan: Plan): string {
  const ps = schedulePlan(plan);
  if (!ps.result.ok) throw new PlanError('cycle', { reason: 'export', format: 'GanttProject' });
  const result = ps.result;
  const order = tasksInOrder(plan);
  const ganId = new Map(order.map((t, i) => [t.id, i]));
  const views = new Map(order.map((t) => [t.id, describeTask(result, ps.indexOf.get(t.id)!, ps.calendar, ps.input)]));
  const childrenOf = new Map<string | null, Task[]>();
  for (const t of order) childrenOf.set(parentOf(t), [...(childrenOf.get(parentOf(t)) ?? []), t]);
  const unitIndex = new Map(plan.units.map((u, i) => [u.id, i]));

  const taskElement = (task: Task): XmlElement => {
    const view = views.get(task.id)!;
    const kids = childrenOf.get(task.id) ?? [];
    const milestone = task.kind === 'milestone' && kids.length === 0;
    const duration = milestone ? 0 : ps.calendar.countWorkingDays(view.start, view.finish);
    const details = taskDetailsOf(task);
    const own: [keyof typeof GAN_OWN_COLUMNS, string][] = [
      ['windowText', task.windowText],
      ['deliverable', task.deliverable],
      ['wbs', wbsOf(task)],
      ['details', JSON.stringify({ ...details, actualStart: task.actualStart, actualFinish: task.actualFinish })],
    ];
    const node = el(
      'task',
      [
        ...own.filter(([, v]) => v !== '').map(([k, v]) => el('customproperty', undefined, { 'taskproperty-id': GAN_OWN_COLUMNS[k].id, value: v })),
        task.notes !== '' && { name: 'notes', cdata: task.notes },
        ...plan.links
          .filter((l) => l.predecessorId === task.id && ganId.has(l.successorId))
          .map((l) => el('depend', undefined, { id: ganId.get(l.successorId)!, type: GAN_LINK_TYPES[l.type], difference: l.lag, hardness: 'Strong' })),
        ...kids.map(taskElement),
      ],
      {
        id: ganId.get(task.id)!,
        name: task.name,
        color: view.critical ? '#cc3333' : '#8cb6ce',
        meeting: milestone ? 'true' : 'false',
        start: view.start,
        duration,
        complete: Math.round(task.percentComplete),
        ...(task.windowStart !== null ? { thirdDate: task.windowStart, 'thirdDate-constraint': 1 } : {}),
        expand: 'true',
      },
    );
    return node;
  };

  const info: GanPlanDetails = { ...plan.info };
  const holidays = plan.calendar.holidays.map((d) => ({ ...d, type: 'HOLIDAY' }));
  const workdays = plan.calendar.workdays.map((d) => ({ ...d, type: 'WORKING_DAY' }));
  const working = new Set(plan.calendar.workWeek);
  const week = Object.fromEntries(GAN_WEEK.map((day, i) => [day, working.has(i === 0 ? 7 : i) ? 0 : 1]));
  const project = el(
    'project',
    [
      { name: 'description', cdata: JSON.stringify(info) },
      el('view', undefined, { 'zooming-state': 'default:6', id: 'gantt-chart' }),
      el('calendars', [
        el('day-types', [el('day-type', undefined, { id: 0 }), el('day-type', undefined, { id: 1 }), el('default-week', undefined, { id: 1, name: 'default', ...week }), el('only-show-weekends', undefined, { value: 'false' }), el('overriden-day-types'), el('days')]),
        ...[...holidays, ...workdays]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((d) => ({ ...el('date', undefined, { year: Number(d.date.slice(0, 4)), month: Number(d.date.slice(5, 7)), date: Number(d.date.slice(8, 10)), type: d.type }), cdata: d.name === '' ? undefined : d.name })),
      ]),
      el('tasks', [
        el('taskproperties', [
          el('taskproperty', undefined, { id: 'tpd0', name: 'type', type: 'default', valuetype: 'icon' }),
          el('taskproperty', undefined, { id: 'tpd1', name: 'priority', type: 'default', valuetype: 'icon' }),
          el('taskproperty', undefined, { id: 'tpd2', name: 'info', type: 'default', valuetype: 'icon' }),
          el('taskproperty', undefined, { id: 'tpd3', name: 'name', type: 'default', valuetype: 'text' }),
          el('taskproperty', undefined, { id: 'tpd4', name: 'begindate', type: 'default', valuetype: 'date' }),
          el('taskproperty', undefined, { id: 'tpd5', name: 'enddate', type: 'default', valuetype: 'date' }),
          el('taskproperty', undefined, { id: 'tpd6', name: 'duration', type: 'default', valuetype: 'int' }),
          el('taskproperty', undefined, { id: 'tpd7', name: 'completion', type: 'default', valuetype: 'int' }),
          ...Object.values(GAN_OWN_COLUMNS).map((c) => el('taskproperty', undefined, { id: c.id, name: c.name, type: 'custom', valuetype: 'text' })),
        ]),
        ...(childrenOf.get(null) ?? []).map(taskElement),
      ], { 'empty-milestones': 'true' }),
      el('resources', plan.units.map((u, i) => el('resource', undefined, { id: i, name: u.name, function: 'Default:0', contacts: '', phone: '' }))),
      el(
        'allocations',
        order.flatMap((t) =>
          [t.leadUnitId, ...t.coordinatingUnitIds]
            .filter((id): id is string => id !== null && unitIndex.has(id))
            .map((id, k) =>
              el('allocation', undefined, { 'task-id': ganId.get(t.id)!, 'resource-id': unitIndex.get(id)!, function: 'Default:0', responsible: String(k === 0 && t.leadUnitId !== null), load: '100.0' }),
            ),
        ),
      ),
      el('vacations'),
      el('previous'),
      el('roles', undefined, { 'roleset-name': 'Default' }),
    ],
    { name: plan.info.title, company: plan.info.organisation, webLink: '', 'view-date': plan.info.startDate, 'view-index': 0, 'gantt-divider-location': 420, 'resource-divider-location': 300, version: '3.2', locale: 'vi' },
  );
  return xmlDocument(project);
}

