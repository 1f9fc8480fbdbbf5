/**
 * Every plan table read as it is, before validation, with the problems seen
 * on the way. Shared by readPlan and by migration 2 (which must not depend on
 * planStore, since planStore runs the migrations).
 */
import { readBaselines } from './baselinesRepo';
import { readCalendar } from './calendarRepo';
import { readInfoRows } from './infoRepo';
import { readLinkRows } from './linksRepo';
import type { Db } from './sqlite';
import { readTasks } from './tasksRepo';
import { readUnitRows } from './unitsRepo';

export function readPlanRows(db: Db) {
  const infoRows = readInfoRows(db);
  const calendar = readCalendar(db);
  const tasks = readTasks(db);
  const baselines = readBaselines(db);
  const candidate = {
    info: infoRows[0],
    calendar: calendar.calendar,
    units: readUnitRows(db),
    tasks: tasks.tasks,
    links: readLinkRows(db),
    // Absent, not undefined, when none is saved: a plan without baselines reads back exactly as written.
    ...(baselines.baselines ? { baselines: baselines.baselines } : {}),
  };
  const problems = [...calendar.problems];
  if (infoRows.length !== 1) problems.push('Thiếu thông tin chung của kế hoạch.');
  if (baselines.orphanTasks > 0) problems.push(`Có ${baselines.orphanTasks} ngày của kế hoạch gốc không thuộc kế hoạch gốc nào.`);
  if (tasks.orphanCoordinators > 0) problems.push(`Có ${tasks.orphanCoordinators} đơn vị phối hợp gắn với công việc không tồn tại.`);
  return { candidate, problems, hasInfo: infoRows.length > 0 };
}
