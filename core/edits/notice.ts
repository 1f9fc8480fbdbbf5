/**
 * What to tell the user when the engine did not place a task where it was
 * dropped: "Công việc bắt đầu sớm nhất 18/05/2026: bắt đầu sau khi STT 5 hoàn thành".
 */
import { formatViDate } from '../dates';
import type { LinkType } from '../model';
import { viewOfPlanTask, type PlanSchedule, type TaskScheduleView } from '../schedule';
import type { PlanEdit } from './schema';

const LINK_REASONS: Record<LinkType, string> = {
  FS: 'bắt đầu sau khi STT {n} hoàn thành',
  SS: 'bắt đầu theo ngày bắt đầu của STT {n}',
  FF: 'kết thúc theo ngày kết thúc của STT {n}',
  SF: 'kết thúc theo ngày bắt đầu của STT {n}',
};

/** Null when the edit was honoured exactly (or is not a date edit). `after` is the schedule of the edited plan. */
export function editNotice(edit: PlanEdit, after: PlanSchedule): string | null {
  if (edit.op !== 'setTaskDates') return null;
  const view = viewOfPlanTask(after, edit.taskId);
  if (view === null) return null;
  const startMoved = edit.start !== undefined && view.start > edit.start;
  const finishMoved = edit.finish !== undefined && view.finish !== edit.finish;
  if (startMoved) {
    return `Công việc bắt đầu sớm nhất ${formatViDate(view.start)}: ${startReason(view, after, edit.start!)}`;
  }
  if (finishMoved) {
    const finish = edit.finish!;
    const reason = after.calendar.isWorkingDay(finish)
      ? startReason(view, after, edit.start ?? view.start)
      : `${formatViDate(finish)} không phải ngày làm việc`;
    return `Công việc kết thúc ${formatViDate(view.finish)}: ${reason}`;
  }
  return null;
}

function startReason(view: TaskScheduleView, ps: PlanSchedule, asked: string): string {
  const date = view.driver.date === null ? '' : formatViDate(view.driver.date);
  switch (view.driver.kind) {
    case 'link': {
      const link = ps.links[view.driver.linkIndex];
      if (!link) return 'do liên kết phụ thuộc';
      const stt = (ps.indexOf.get(link.predecessorId) ?? -1) + 1;
      const lag = link.lag === 0 ? '' : ` (độ trễ ${link.lag} ngày làm việc)`;
      return LINK_REASONS[link.type].replace('{n}', String(stt)) + lag;
    }
    case 'startNoEarlierThan':
      return `${formatViDate(asked)} không phải ngày làm việc`;
    case 'window':
      return `không sớm hơn khung thời gian (${date})`;
    case 'statusDate':
      return `phần việc chưa làm tính từ ngày cập nhật ${date}`;
    case 'projectStart':
      return `không sớm hơn ngày bắt đầu kế hoạch ${date}`;
    case 'manual':
      return 'công việc lập lịch thủ công';
    case 'actual':
      return 'theo ngày thực tế';
  }
}
