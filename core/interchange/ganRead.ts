/**
 * A GanttProject file (.gan) into our plan: nested tasks → outline,
 * meeting="true" → milestone, <depend> (1 SS, 2 FS, 3 FF, 4 SF, difference
 * in working days), thirdDate → window start, CDATA notes, the calendar's
 * week and holidays, resources and allocations (responsible → lead). A task
 * of another planner keeps its start as "start no earlier than", as it sits
 * in GanttProject. Files we wrote carry our own fields back (custom columns).
 */
import { addDays, isIsoDate, isoFromParts, type IsoDate } from '../dates';
import { PlanError } from '../errors';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_WBS_LENGTH, newTask, type CalendarException, type CalendarSpec, type Link, type LinkType, type Plan, type Task, type Unit } from '../model';
import { GAN_LINK_TYPES, GAN_OWN_COLUMNS, GAN_WEEK, type GanPlanDetails } from './ganWrite';
import { checkedPlan, cleanText, type InterchangeImport } from './imported';
import { withOutline } from './outlineFields';
import { readTaskDetails } from './ownFields';
import { attr, child, children, ownText, parseXmlDocument, type XmlNode } from './xmlTree';

const FORMAT = 'GanttProject (.gan)';
const LINK_TYPE_OF: Record<string, LinkType> = Object.fromEntries(Object.entries(GAN_LINK_TYPES).map(([k, v]) => [String(v), k as LinkType]));

export function readGan(text: string, sourceName: string, newId: () => string): InterchangeImport {
  const project = child(parseXmlDocument(text, FORMAT), 'project');
  if (!project || !child(project, 'tasks')) throw new PlanError('not-gan', { file: sourceName });
  const problems: string[] = [];
  const info = readInfo(ownText(child(project, 'description')));
  const ours = info !== null;
  const columns = new Map(children(child(project, 'tasks'), 'taskproperties').flatMap((p) => children(p, 'taskproperty')).map((p) => [attr(p, 'id') ?? '', attr(p, 'name') ?? '']));
  const columnOf = (key: keyof typeof GAN_OWN_COLUMNS) => [...columns].find(([, name]) => name === GAN_OWN_COLUMNS[key].name)?.[0] ?? null;
  const own = { windowText: columnOf('windowText'), deliverable: columnOf('deliverable'), wbs: columnOf('wbs'), details: columnOf('details') };

  const tasks: Task[] = [];
  const nodes: XmlNode[] = [];
  const idOfGan = new Map<string, string>();
  const walk = (list: XmlNode[], parentId: string | null) => {
    for (const node of list) {
      const id = newId();
      idOfGan.set(attr(node, 'id') ?? '', id);
      nodes.push(node);
      tasks.push(readTask(node, id, tasks.length + 1, parentId, own, ours, problems));
      walk(children(node, 'task'), id);
    }
  };
  walk(children(child(project, 'tasks'), 'task'), null);

  const links: Link[] = [];
  nodes.forEach((node, i) => {
    for (const d of children(node, 'depend')) {
      const typeText = attr(d, 'type') ?? '2';
      const type = LINK_TYPE_OF[typeText];
      if (type === undefined) throw new PlanError('unknown-link-type', { format: FORMAT, type: `type ${typeText}`, task: tasks[i]!.name });
      const successorId = idOfGan.get(attr(d, 'id') ?? '');
      if (successorId === undefined || successorId === tasks[i]!.id) {
        problems.push(`Liên kết từ “${tasks[i]!.name}” đến công việc không có (id ${attr(d, 'id')}), bỏ qua.`);
        continue;
      }
      const lag = Number(attr(d, 'difference') ?? 0);
      links.push({ id: newId(), predecessorId: tasks[i]!.id, successorId, type, lag: Number.isInteger(lag) ? Math.max(-100_000, Math.min(100_000, lag)) : 0 });
    }
  });

  const { units, assigned } = readUnits(project, tasks, idOfGan, ours, newId, problems);
  const starts = nodes.map((n) => attr(n, 'start')).filter((d): d is IsoDate => !!d && isIsoDate(d)).sort();
  const startDate = info?.startDate ?? starts[0] ?? `${new Date().getFullYear()}-01-01`;
  const latest = nodes.map((n) => { const s = attr(n, 'start'); return s && isIsoDate(s) ? addDays(s, Math.ceil((Number(attr(n, 'duration')) || 0) * 1.4) + 7) : null; }).filter((d): d is IsoDate => d !== null).sort().at(-1);
  const endDate = info?.endDate ?? (latest && latest > startDate ? latest : addDays(startDate, 364));
  const name = attr(project, 'name') ?? '';
  const plan: Plan = {
    info: {
      title: cleanText(name || `Kế hoạch nhập từ ${sourceName}`, MAX_TEXT_LENGTH, 'Tên kế hoạch', problems),
      number: cleanText(info?.number ?? '', MAX_NAME_LENGTH, 'Số kế hoạch', problems),
      placeAndDate: cleanText(info?.placeAndDate ?? '', MAX_NAME_LENGTH, 'Địa danh, ngày', problems),
      organisation: cleanText(info?.organisation ?? attr(project, 'company') ?? '', MAX_NAME_LENGTH, 'Cơ quan', problems),
      signer: cleanText(info?.signer ?? '', MAX_NAME_LENGTH, 'Người ký', problems),
      startDate,
      endDate,
      statusDate: info?.statusDate ?? null,
    },
    calendar: readCalendar(project, startDate, endDate, problems),
    units,
    tasks: assigned,
    links,
  };
  return { format: 'gan', plan: checkedPlan(plan, FORMAT), problems };
}

function readInfo(description: string): GanPlanDetails | null {
  if (!description.trim().startsWith('{')) return null;
  try {
    const value = JSON.parse(description) as GanPlanDetails;
    const date = (d: unknown) => (typeof d === 'string' && isIsoDate(d) ? d : undefined);
    const str = (s: unknown) => (typeof s === 'string' ? s : undefined);
    const start = date(value.startDate);
    const end = date(value.endDate);
    if (!start || !end) return null;
    return { number: str(value.number), placeAndDate: str(value.placeAndDate), organisation: str(value.organisation), signer: str(value.signer), startDate: start, endDate: end, statusDate: date(value.statusDate) ?? null };
  } catch {
    return null;
  }
}

type OwnColumns = Record<keyof typeof GAN_OWN_COLUMNS, string | null>;

function readTask(node: XmlNode, id: string, position: number, parentId: string | null, own: OwnColumns, ours: boolean, problems: string[]): Task {
  const value = (column: string | null) => (column === null ? '' : (children(node, 'customproperty').find((c) => attr(c, 'taskproperty-id') === column)?.['@value'] as string | undefined) ?? '');
  const rawName = attr(node, 'name') ?? '';
  const label = `Công việc “${rawName.slice(0, 60)}”`;
  const details = ours ? readTaskDetails(value(own.details)) : null;
  const milestone = attr(node, 'meeting') === 'true';
  const start = attr(node, 'start');
  const third = attr(node, 'thirdDate');
  const days = Number(attr(node, 'duration') ?? 1);
  const task = newTask({
    id,
    position,
    name: cleanText(rawName, MAX_NAME_LENGTH, label, problems),
    windowText: cleanText(value(own.windowText), MAX_TEXT_LENGTH, `${label}: thời gian thực hiện`, problems),
    deliverable: cleanText(value(own.deliverable), MAX_TEXT_LENGTH, `${label}: sản phẩm`, problems),
    notes: cleanText(ownText(child(node, 'notes')), MAX_TEXT_LENGTH, `${label}: ghi chú`, problems),
    kind: details?.kind ?? (milestone ? 'milestone' : 'task'),
    duration: details?.duration ?? (milestone ? 0 : Math.max(1, Math.round(Number.isFinite(days) ? days : 1))),
    percentComplete: details?.percent ?? Math.min(100, Math.max(0, Number(attr(node, 'complete')) || 0)),
    windowStart: details ? (details.windowStart ?? null) : third && isIsoDate(third) ? third : null,
    windowEnd: details?.windowEnd ?? null,
    // Another planner's task stays where it was drawn: its start is "no earlier than".
    startNoEarlierThan: details ? (details.startNoEarlierThan ?? null) : start && isIsoDate(start) ? start : null,
    manualStart: details?.manualStart ?? null,
    manualFinish: details?.manualFinish ?? null,
    actualStart: details?.actualStart ?? null,
    actualFinish: details?.actualFinish ?? null,
  });
  return withOutline(task, parentId, cleanText(value(own.wbs), MAX_WBS_LENGTH, `${label}: số thứ tự`, problems));
}

function readUnits(project: XmlNode, tasks: Task[], idOfGan: Map<string, string>, markedOnly: boolean, newId: () => string, problems: string[]): { units: Unit[]; assigned: Task[] } {
  const units: Unit[] = [];
  const byGan = new Map<string, Unit>();
  for (const r of children(child(project, 'resources'), 'resource')) {
    const name = cleanText((attr(r, 'name') ?? '').trim(), MAX_NAME_LENGTH, 'Tên đơn vị', problems);
    if (name === '') continue;
    const existing = units.find((u) => u.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
    const unit = existing ?? { id: newId(), name, recipientOrder: null };
    if (!existing) units.push(unit);
    byGan.set(attr(r, 'id') ?? '', unit);
  }
  const byTask = new Map<string, { unit: Unit; lead: boolean }[]>();
  for (const a of children(child(project, 'allocations'), 'allocation')) {
    const taskId = idOfGan.get(attr(a, 'task-id') ?? '');
    const unit = byGan.get(attr(a, 'resource-id') ?? '');
    if (taskId && unit) byTask.set(taskId, [...(byTask.get(taskId) ?? []), { unit, lead: attr(a, 'responsible') === 'true' }]);
  }
  const assigned = tasks.map((task) => {
    const list = byTask.get(task.id);
    if (!list) return task;
    const lead = list.find((x) => x.lead) ?? (markedOnly ? undefined : list[0]);
    const coordinators = [...new Set(list.filter((x) => x !== lead).map((x) => x.unit.id))].filter((id) => id !== lead?.unit.id);
    return { ...task, leadUnitId: lead?.unit.id ?? null, coordinatingUnitIds: coordinators };
  });
  return { units, assigned };
}

function readCalendar(project: XmlNode, startDate: IsoDate, endDate: IsoDate, problems: string[]): CalendarSpec {
  const calendars = child(project, 'calendars');
  const week = child(child(calendars, 'day-types'), 'default-week');
  const workWeek = week ? GAN_WEEK.flatMap((day, i) => (attr(week, day) === '1' ? [] : [i === 0 ? 7 : i])).sort() : [1, 2, 3, 4, 5];
  const holidays = new Map<IsoDate, CalendarException>();
  const workdays = new Map<IsoDate, CalendarException>();
  const firstYear = Number(startDate.slice(0, 4));
  const lastYear = Number(endDate.slice(0, 4));
  for (const d of children(calendars, 'date')) {
    const [month, day] = [Number(attr(d, 'month')), Number(attr(d, 'date'))];
    const yearText = attr(d, 'year') ?? '';
    // A date without a year is a holiday every year (GanttProject's "recurring").
    const years = yearText === '' ? Array.from({ length: Math.min(lastYear - firstYear + 1, 50) }, (_, k) => firstYear + k) : [Number(yearText)];
    const name = cleanText(ownText(d).trim(), MAX_NAME_LENGTH, 'Tên ngày nghỉ', problems);
    for (const year of years) {
      const date = Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? isoFromParts(year, month, day) : '';
      if (!isIsoDate(date)) {
        problems.push(`Ngày nghỉ không hợp lệ (${yearText}-${month}-${day}) bị bỏ qua.`);
        continue;
      }
      const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const type = attr(d, 'type') ?? 'HOLIDAY';
      if (type === 'WORKING_DAY' && !workWeek.includes(weekday)) workdays.set(date, { date, name });
      else if (type === 'HOLIDAY' && workWeek.includes(weekday)) holidays.set(date, { date, name });
    }
  }
  const byDate = (a: CalendarException, b: CalendarException) => a.date.localeCompare(b.date);
  return { workWeek, holidays: [...holidays.values()].sort(byDate), workdays: [...workdays.values()].sort(byDate) };
}
