/** The working calendar: the work week (`calendar_settings`) and dated exceptions. */
import type { CalendarSpec } from '../core/model';
import type { Db } from './sqlite';

/** Column i holds ISO weekday i + 1 (1 = Monday … 7 = Sunday). */
const WEEKDAY_COLUMNS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export interface CalendarRead {
  /** Shaped like CalendarSpec, not validated yet; null when the settings row is missing. */
  calendar: { workWeek: unknown[]; holidays: unknown[]; workdays: unknown[] } | null;
  problems: string[];
}

export function readCalendar(db: Db): CalendarRead {
  const problems: string[] = [];
  const settings = db.prepare(`SELECT ${WEEKDAY_COLUMNS.join(', ')} FROM calendar_settings`).all() as Record<string, unknown>[];
  if (settings.length !== 1) {
    return { calendar: null, problems: ['Lịch làm việc: thiếu thiết lập ngày làm việc trong tuần.'] };
  }
  const row = settings[0]!;
  const workWeek = WEEKDAY_COLUMNS.flatMap((column, i) => {
    if (row[column] !== 0 && row[column] !== 1) problems.push(`Lịch làm việc: giá trị “${column}” không hợp lệ.`);
    return row[column] === 1 ? [i + 1] : [];
  });
  const exceptions = db
    .prepare('SELECT date, kind, name FROM calendar_exceptions ORDER BY date')
    .all() as { date: unknown; kind: unknown; name: unknown }[];
  const pick = (kind: string) => exceptions.filter((e) => e.kind === kind).map(({ date, name }) => ({ date, name }));
  for (const e of exceptions.filter((e) => e.kind !== 'holiday' && e.kind !== 'workday')) {
    problems.push(`Lịch làm việc: ngày ${String(e.date)} có loại không hợp lệ.`);
  }
  return { calendar: { workWeek, holidays: pick('holiday'), workdays: pick('workday') }, problems };
}

export function insertCalendar(db: Db, calendar: CalendarSpec): void {
  const flags = WEEKDAY_COLUMNS.map((_, i) => (calendar.workWeek.includes(i + 1) ? 1 : 0));
  db.prepare(`INSERT INTO calendar_settings (id, ${WEEKDAY_COLUMNS.join(', ')}) VALUES (1, ${flags.map(() => '?').join(', ')})`).run(
    ...flags,
  );
  const insert = db.prepare('INSERT INTO calendar_exceptions (date, kind, name) VALUES (?, ?, ?)');
  for (const e of calendar.holidays) insert.run(e.date, 'holiday', e.name);
  for (const e of calendar.workdays) insert.run(e.date, 'workday', e.name);
}
