/**
 * The plan the app opens with: Kế hoạch 1049 read from its own text by the
 * project's parser, plus the planner's default schedule (durations and
 * links, see DOMAIN.md "Default schedule of the seed plan"), which the
 * document itself does not contain.
 */
import { newTask, type LinkType, type Plan, type Task, type Unit, type Link } from './model';
import { parsePlanDocument, type PlanTaskRow } from './planText';
import { CALENDAR_2026 } from './seed/calendar2026';
import { KE_HOACH_1049_TEXT } from './seed/keHoach1049';

/** Working days by STT; 17 is an effort task ("Theo tiến độ thực hiện"), spanning its links. */
const DEFAULT_DURATIONS: Record<string, number> = {
  '1': 5, '2': 5, '3': 5, '4': 5, '5': 10, '6': 5, '7': 1, '8': 82, '9': 78,
  '10': 8, '11': 22, '12': 10, '13': 5, '14': 6, '15': 23, '16': 20, '17': 0,
};

/** [predecessor STT, successor STT, type]; all lag 0. */
const DEFAULT_LINKS: ReadonlyArray<readonly [string, string, LinkType]> = [
  ['1', '2', 'FS'], ['2', '3', 'FS'], ['3', '4', 'FS'], ['4', '5', 'FS'], ['5', '6', 'FS'],
  ['6', '7', 'FS'], ['7', '8', 'FS'], ['8', '9', 'SS'], ['8', '10', 'FS'], ['9', '10', 'FS'],
  ['10', '11', 'FS'], ['11', '12', 'FS'], ['12', '13', 'FS'], ['13', '14', 'FS'], ['14', '15', 'FS'],
  ['13', '16', 'FS'], ['6', '17', 'SS'], ['15', '17', 'FF'],
];

const DEFAULT_ORGANISATION = 'Sở Khoa học và Công nghệ Hải Phòng';

export function createDefaultPlan(newId: () => string = () => crypto.randomUUID()): Plan {
  const doc = parsePlanDocument(KE_HOACH_1049_TEXT);
  const units = unitDirectory(doc.rows, doc.recipients, newId);
  const unitId = new Map(units.map((u) => [u.name, u.id]));

  const tasks: Task[] = doc.rows.map((row, i) => {
    const duration = DEFAULT_DURATIONS[row.stt];
    if (duration === undefined) throw new Error(`Kế hoạch mẫu: không có thời lượng cho STT ${row.stt}`);
    return newTask({
      id: newId(),
      position: i + 1,
      name: row.name,
      leadUnitId: row.lead === '' ? null : (unitId.get(row.lead) ?? null),
      coordinatingUnitIds: row.coordinators.map((name) => unitId.get(name)).filter((id) => id !== undefined),
      windowText: row.windowText,
      windowStart: row.window.start,
      windowEnd: row.window.end,
      deliverable: row.deliverable,
      notes: '',
      kind: row.window.kind === 'follows' ? 'effort' : 'task',
      duration,
    });
  });

  const taskId = new Map(doc.rows.map((row, i) => [row.stt, tasks[i]?.id]));
  const links: Link[] = DEFAULT_LINKS.map(([pred, succ, type]) => {
    const predecessorId = taskId.get(pred);
    const successorId = taskId.get(succ);
    if (!predecessorId || !successorId) throw new Error(`Kế hoạch mẫu: thiếu công việc ${pred} hoặc ${succ}`);
    return { id: newId(), predecessorId, successorId, type, lag: 0 };
  });

  return {
    info: {
      title: doc.title,
      number: doc.number,
      placeAndDate: doc.placeAndDate,
      organisation: doc.organisation ?? DEFAULT_ORGANISATION,
      signer: doc.signer,
      startDate: '2026-04-01',
      endDate: '2026-12-31',
      statusDate: null,
    },
    calendar: structuredClone(CALENDAR_2026), // the plan's calendar is edited in place; keep the constant intact
    units,
    tasks,
    links,
  };
}

/**
 * Every unit named in the table (distinct by exact name, in order of first
 * mention), then the recipients; a recipient already named in the table
 * keeps its one unit and gains its recipient order.
 */
function unitDirectory(rows: PlanTaskRow[], recipients: string[], newId: () => string): Unit[] {
  const byName = new Map<string, Unit>();
  const add = (name: string): Unit => {
    let unit = byName.get(name);
    if (!unit) {
      unit = { id: newId(), name, recipientOrder: null };
      byName.set(name, unit);
    }
    return unit;
  };
  for (const row of rows) {
    if (row.lead !== '') add(row.lead);
    row.coordinators.forEach(add);
  }
  recipients.forEach((name, i) => {
    const unit = add(name);
    unit.recipientOrder ??= i + 1;
  });
  return [...byName.values()];
}
