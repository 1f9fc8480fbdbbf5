/**
 * MS Project XML (MSPDI) into our plan: outline (OutlineLevel), milestones,
 * durations in working days, percent complete, SNET constraint → window
 * start, Deadline → window end, notes, the four link types with their lags,
 * the project calendar, resources as units (the assignment marked “Chủ trì”,
 * else the first, is the lead). Files we wrote carry our own fields back
 * (ownFields.ts). Anything that cannot be carried over is listed in
 * `problems`; a broken file is refused (PlanError) before anything is made.
 */
import { defaultBaselineName, MAX_BASELINES, type Baseline, type BaselineTask } from '../baseline';
import { PlanError } from '../errors';
import { addDays, type IsoDate } from '../dates';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_WBS_LENGTH, newTask, type Link, type LinkType, type Plan, type Task, type Unit } from '../model';
import { checkedPlan, cleanText, type InterchangeImport } from './imported';
import { readMspdiCalendar } from './mspdiCalendar';
import { LEAD_NOTE, MSPDI_LINK_TYPES } from './mspdiWrite';
import { dayOf, durationMinutes, DEFAULT_MINUTES_PER_DAY } from './msTime';
import { withOutline } from './outlineFields';
import { OWN_FIELDS, readPlanDetails, readTaskDetails, type TaskDetails } from './ownFields';
import { child, children, parseXmlDocument, textOf, type XmlNode } from './xmlTree';

const FORMAT = 'MS Project XML';
/** LagFormat values counted in elapsed (calendar) time: em, eh, ed, ew, emo and their estimated forms. */
const ELAPSED_LAG_FORMATS = new Set(['4', '6', '8', '10', '12', '36', '38', '40', '42', '44']);
const PERCENT_LAG_FORMATS = new Set(['19', '20', '51', '52']);
const CONSTRAINT_NAMES: Record<string, string> = {
  '1': 'Càng muộn càng tốt',
  '2': 'Phải bắt đầu vào',
  '3': 'Phải kết thúc vào',
  '5': 'Bắt đầu không muộn hơn',
  '6': 'Kết thúc không sớm hơn',
  '7': 'Kết thúc không muộn hơn',
};

export function readMspdi(text: string, sourceName: string, newId: () => string): InterchangeImport {
  const project = child(parseXmlDocument(text, FORMAT), 'Project');
  if (!project || !child(project, 'Tasks') && !child(project, 'Calendars') && !child(project, 'SaveVersion')) {
    throw new PlanError('not-mspdi', { file: sourceName });
  }
  const problems: string[] = [];
  const minutesPerDay = Number(textOf(project, 'MinutesPerDay')) || DEFAULT_MINUTES_PER_DAY;
  const calendar = readMspdiCalendar(project, problems);
  const units = readUnits(project, newId, problems);

  const allTasks = children(child(project, 'Tasks'), 'Task');
  const summary = allTasks.find((t) => textOf(t, 'UID') === '0' || textOf(t, 'OutlineLevel') === '0');
  const extra = summary ? readPlanDetails(ownField(summary, 'details') ?? '') : null;
  const nodes = allTasks
    .filter((t) => textOf(t, 'IsNull') !== '1' && textOf(t, 'OutlineLevel') !== '0' && textOf(t, 'UID') !== '0')
    .map((node, order) => ({ node, order, id: Number(textOf(node, 'ID')) }))
    .sort((a, b) => (Number.isFinite(a.id) && Number.isFinite(b.id) ? a.id - b.id : a.order - b.order) || a.order - b.order);

  const idOfUid = new Map<string, string>();
  const tasks: Task[] = [];
  const parents: { level: number; id: string }[] = [];
  for (const [i, { node }] of nodes.entries()) {
    const id = newId();
    idOfUid.set(textOf(node, 'UID'), id);
    const level = Math.max(1, Number(textOf(node, 'OutlineLevel')) || 1);
    while (parents.length > 0 && parents.at(-1)!.level >= level) parents.pop();
    const parentId = parents.at(-1)?.id ?? null;
    parents.push({ level, id });
    tasks.push(readTask(node, id, i + 1, parentId, { minutesPerDay, problems }));
  }
  const links = readLinks(nodes.map((n) => n.node), idOfUid, tasks, minutesPerDay, newId, problems);
  // A file we wrote marks its lead; in another planner's file the first assignment is the lead.
  const ours = extra !== null;
  const assigned = assignUnits(project, tasks, idOfUid, units.byUid, ours);

  const info = project;
  const starts = tasks.flatMap((t) => [t.windowStart, t.manualStart, dayOf(textOf(nodes[t.position - 1]!.node, 'Start'))]).filter((d): d is IsoDate => d !== null).sort();
  const finishes = tasks.flatMap((t) => [t.windowEnd, t.manualFinish, dayOf(textOf(nodes[t.position - 1]!.node, 'Finish'))]).filter((d): d is IsoDate => d !== null).sort();
  const startDate = dayOf(textOf(info, 'StartDate')) ?? starts[0] ?? `${new Date().getFullYear()}-01-01`;
  let endDate = extra?.endDate ?? dayOf(textOf(info, 'FinishDate')) ?? finishes.at(-1) ?? addDays(startDate, 364);
  if (endDate < startDate) endDate = startDate;
  const title = extra?.title ?? (textOf(info, 'Title') || textOf(info, 'Name') || `Kế hoạch nhập từ ${sourceName}`);
  const baselines = readBaselines(nodes.map((n) => n.node), idOfUid, extra?.baselines ?? [], dayOf(textOf(info, 'LastSaved')) ?? startDate, minutesPerDay, problems);
  const plan: Plan = {
    info: {
      title: cleanText(title, MAX_TEXT_LENGTH, 'Tên kế hoạch', problems),
      number: cleanText(extra?.number ?? textOf(info, 'Subject'), MAX_NAME_LENGTH, 'Số kế hoạch', problems),
      placeAndDate: cleanText(extra?.placeAndDate ?? '', MAX_NAME_LENGTH, 'Địa danh, ngày', problems),
      organisation: cleanText(textOf(info, 'Company'), MAX_NAME_LENGTH, 'Cơ quan', problems),
      signer: cleanText(textOf(info, 'Manager'), MAX_NAME_LENGTH, 'Người ký', problems),
      startDate,
      endDate,
      statusDate: dayOf(textOf(info, 'StatusDate')),
    },
    calendar,
    units: units.list,
    tasks: assigned,
    links,
    ...(baselines.length > 0 ? { baselines } : {}),
  };
  return { format: 'mspdi', plan: checkedPlan(plan, FORMAT), problems };
}

/**
 * Each task's Baseline elements (Number 0–10) grouped into our baselines. The
 * names and dates saved come from our details when we wrote the file; another
 * tool's baselines get the default names and the file's LastSaved date.
 */
function readBaselines(
  nodes: readonly XmlNode[],
  idOfUid: ReadonlyMap<string, string>,
  saved: readonly { index: number; name: string; savedOn: IsoDate }[],
  fallbackDate: IsoDate,
  minutesPerDay: number,
  problems: string[],
): Baseline[] {
  const byIndex = new Map<number, BaselineTask[]>(saved.map((b) => [b.index, []]));
  let unreadable = 0;
  for (const node of nodes) {
    const taskId = idOfUid.get(textOf(node, 'UID'));
    if (taskId === undefined) continue;
    for (const element of children(node, 'Baseline')) {
      const index = Number(textOf(element, 'Number') || '0');
      const start = dayOf(textOf(element, 'Start'));
      const finish = dayOf(textOf(element, 'Finish'));
      if (!Number.isInteger(index) || index < 0 || index >= MAX_BASELINES || start === null || finish === null || finish < start) {
        if (start !== null || finish !== null) unreadable += 1; // a Baseline holding only cost or work is not a date baseline
        continue;
      }
      const list = byIndex.get(index) ?? [];
      byIndex.set(index, list);
      if (list.some((t) => t.taskId === taskId)) continue;
      const minutes = durationMinutes(textOf(element, 'Duration'));
      const duration = minutes === null ? 0 : Math.max(0, Math.round(minutes / minutesPerDay));
      list.push({ taskId, start, finish, duration });
    }
  }
  if (unreadable > 0) problems.push(`${unreadable} ngày theo kế hoạch gốc không đọc được nên không được mang sang.`);
  const named = new Map(saved.map((b) => [b.index, b]));
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, tasks]) => ({ index, name: named.get(index)?.name ?? defaultBaselineName(index), savedOn: named.get(index)?.savedOn ?? fallbackDate, tasks }));
}

interface TaskContext {
  minutesPerDay: number;
  problems: string[];
}

function ownField(node: XmlNode, key: keyof typeof OWN_FIELDS): string | null {
  const found = children(node, 'ExtendedAttribute').find((a) => textOf(a, 'FieldID') === OWN_FIELDS[key].fieldId);
  return found ? textOf(found, 'Value') : null;
}

function readTask(node: XmlNode, id: string, position: number, parentId: string | null, ctx: TaskContext): Task {
  const rawName = textOf(node, 'Name');
  const label = `Công việc “${rawName.slice(0, 60)}”`;
  const problems: string[] = [];
  const details: TaskDetails | null = readTaskDetails(ownField(node, 'details') ?? '');
  const milestone = textOf(node, 'Milestone') === '1';
  const minutes = durationMinutes(textOf(node, 'Duration'));
  const days = minutes === null ? null : minutes / ctx.minutesPerDay;
  if (days !== null && !Number.isInteger(days) && details === null) problems.push(`${label}: thời lượng ${days.toFixed(2)} ngày được làm tròn.`);
  const kind = details?.kind ?? (milestone ? 'milestone' : 'task');
  const duration = details?.duration ?? (kind === 'milestone' ? 0 : Math.max(1, Math.round(days ?? 1)));
  const constraint = textOf(node, 'ConstraintType');
  const constraintDate = dayOf(textOf(node, 'ConstraintDate'));
  let windowStart = constraint === '4' ? constraintDate : null;
  let startNoEarlierThan: IsoDate | null = null;
  if (constraint === '2' && constraintDate !== null && details === null) {
    startNoEarlierThan = constraintDate;
    problems.push(`${label}: ràng buộc “Phải bắt đầu vào” được mang sang thành “Không bắt đầu sớm hơn”.`);
  } else if (CONSTRAINT_NAMES[constraint] && details === null) {
    problems.push(`${label}: ràng buộc “${CONSTRAINT_NAMES[constraint]}” không được mang sang.`);
  }
  let windowEnd = dayOf(textOf(node, 'Deadline'));
  const manual = textOf(node, 'Manual') === '1';
  let manualStart = manual ? dayOf(textOf(node, 'Start')) : null;
  let manualFinish = manual ? dayOf(textOf(node, 'Finish')) : null;
  if (details) {
    windowStart = details.windowStart ?? null;
    windowEnd = details.windowEnd ?? null;
    startNoEarlierThan = details.startNoEarlierThan ?? null;
    manualStart = details.manualStart ?? null;
    manualFinish = details.manualFinish ?? null;
  }
  if ((manualStart === null) !== (manualFinish === null)) manualStart = manualFinish = null;
  ctx.problems.push(...problems);
  const wbs = details ? (ownField(node, 'wbs') ?? '') : textOf(node, 'WBS');
  const task = newTask({
    id,
    position,
    name: details?.name ?? cleanText(rawName, MAX_NAME_LENGTH, label, ctx.problems),
    windowText: cleanText(ownField(node, 'windowText') ?? '', MAX_TEXT_LENGTH, `${label}: thời gian thực hiện`, ctx.problems),
    windowStart,
    windowEnd,
    deliverable: cleanText(ownField(node, 'deliverable') ?? '', MAX_TEXT_LENGTH, `${label}: sản phẩm`, ctx.problems),
    notes: cleanText(textOf(node, 'Notes'), MAX_TEXT_LENGTH, `${label}: ghi chú`, ctx.problems),
    kind,
    duration,
    percentComplete: details?.percent ?? clampPercent(Number(textOf(node, 'PercentComplete')) || 0),
    startNoEarlierThan,
    manualStart,
    manualFinish,
    actualStart: dayOf(textOf(node, 'ActualStart')),
    actualFinish: dayOf(textOf(node, 'ActualFinish')),
  });
  return withOutline(task, parentId, cleanText(wbs, MAX_WBS_LENGTH, `${label}: số thứ tự`, ctx.problems));
}

const clampPercent = (p: number) => Math.min(100, Math.max(0, p));

function readLinks(nodes: XmlNode[], idOfUid: Map<string, string>, tasks: Task[], minutesPerDay: number, newId: () => string, problems: string[]): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  nodes.forEach((node, i) => {
    const successor = tasks[i]!;
    for (const p of children(node, 'PredecessorLink')) {
      const typeText = textOf(p, 'Type') || '1';
      const type: LinkType | undefined = MSPDI_LINK_TYPES[Number(typeText)];
      if (!/^[0-3]$/.test(typeText) || type === undefined) {
        throw new PlanError('unknown-link-type', { format: FORMAT, type: `Type ${typeText}`, task: successor.name });
      }
      const label = `Liên kết đến “${successor.name}”`;
      if (textOf(p, 'CrossProject') === '1') {
        problems.push(`${label} từ một dự án khác không được mang sang.`);
        continue;
      }
      const predecessorId = idOfUid.get(textOf(p, 'PredecessorUID'));
      if (predecessorId === undefined || predecessorId === successor.id) {
        problems.push(`${label}: không tìm thấy công việc đứng trước (UID ${textOf(p, 'PredecessorUID')}), bỏ qua.`);
        continue;
      }
      const key = `${predecessorId}>${successor.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push({ id: newId(), predecessorId, successorId: successor.id, type, lag: lagDays(p, minutesPerDay, label, problems) });
    }
  });
  return links;
}

/** LinkLag is in tenths of a minute whatever LagFormat shows it as. */
function lagDays(link: XmlNode, minutesPerDay: number, label: string, problems: string[]): number {
  const tenths = Number(textOf(link, 'LinkLag') || 0);
  const format = textOf(link, 'LagFormat');
  if (!Number.isFinite(tenths) || tenths === 0) return 0;
  if (PERCENT_LAG_FORMATS.has(format)) {
    problems.push(`${label}: độ trễ tính theo phần trăm không được mang sang.`);
    return 0;
  }
  const elapsed = ELAPSED_LAG_FORMATS.has(format);
  const days = tenths / 10 / (elapsed ? 1440 : minutesPerDay);
  if (elapsed) problems.push(`${label}: độ trễ ${days} ngày lịch được tính là ngày làm việc.`);
  else if (!Number.isInteger(days)) problems.push(`${label}: độ trễ ${days.toFixed(2)} ngày được làm tròn.`);
  return Math.max(-100_000, Math.min(100_000, Math.round(days)));
}

function readUnits(project: XmlNode, newId: () => string, problems: string[]): { list: Unit[]; byUid: Map<string, Unit> } {
  const list: Unit[] = [];
  const byUid = new Map<string, Unit>();
  const byName = new Map<string, Unit>();
  for (const r of children(child(project, 'Resources'), 'Resource')) {
    const name = cleanText(textOf(r, 'Name').trim(), MAX_NAME_LENGTH, 'Tên đơn vị', problems);
    if (name === '' || textOf(r, 'IsNull') === '1') continue;
    const unit = byName.get(name.toLocaleLowerCase('vi')) ?? { id: newId(), name, recipientOrder: null };
    if (!byName.has(name.toLocaleLowerCase('vi'))) list.push(unit);
    byName.set(name.toLocaleLowerCase('vi'), unit);
    byUid.set(textOf(r, 'UID'), unit);
  }
  return { list, byUid };
}

/** Lead and coordinators of each task from the assignments (by task UID). */
function assignUnits(project: XmlNode, tasks: Task[], idOfUid: Map<string, string>, unitsByUid: Map<string, Unit>, markedOnly: boolean): Task[] {
  const byTask = new Map<string, { unit: Unit; lead: boolean }[]>();
  for (const a of children(child(project, 'Assignments'), 'Assignment')) {
    const taskId = idOfUid.get(textOf(a, 'TaskUID'));
    const unit = unitsByUid.get(textOf(a, 'ResourceUID'));
    if (taskId === undefined || unit === undefined) continue;
    byTask.set(taskId, [...(byTask.get(taskId) ?? []), { unit, lead: textOf(a, 'Notes').trim() === LEAD_NOTE }]);
  }
  return tasks.map((task) => {
    const list = byTask.get(task.id);
    if (!list) return task;
    const lead = list.find((x) => x.lead) ?? (markedOnly ? undefined : list[0]);
    const coordinators = [...new Set(list.filter((x) => x !== lead).map((x) => x.unit.id))].filter((id) => id !== lead?.unit.id);
    return { ...task, leadUnitId: lead?.unit.id ?? null, coordinatingUnitIds: coordinators };
  });
}
