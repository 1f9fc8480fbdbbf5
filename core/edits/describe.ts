/** Short labels for the undo menu and the history: "Sửa tên công việc STT 3", "Di chuyển STT 6". */
import { defaultBaselineName } from '../baseline';
import { formatViDate } from '../dates';
import type { Plan } from '../model';
import type { PlanEdit, TaskChanges } from './schema';
import { shortName, sttMap } from './validate';

export type EditLanguage = 'vi' | 'en';

type Pair = readonly [vi: string, en: string];

const FIELD_LABELS: Record<keyof TaskChanges, Pair> = {
  name: ['Sửa tên công việc', 'Rename task'],
  wbs: ['Sửa số thứ tự theo kế hoạch', 'Change the plan numbering of task'],
  leadUnitId: ['Đổi đơn vị chủ trì', 'Change lead unit of task'],
  coordinatingUnitIds: ['Đổi đơn vị phối hợp', 'Change coordinating units of task'],
  windowText: ['Sửa thời gian thực hiện', 'Change time window of task'],
  deliverable: ['Sửa sản phẩm', 'Change deliverable of task'],
  notes: ['Sửa ghi chú', 'Change notes of task'],
  kind: ['Đổi loại công việc', 'Change kind of task'],
  duration: ['Sửa thời lượng', 'Change duration of task'],
  percentComplete: ['Cập nhật % hoàn thành', 'Update % complete of task'],
  startNoEarlierThan: ['Sửa ngày bắt đầu không sớm hơn', 'Change start-no-earlier-than of task'],
  manualStart: ['Sửa ngày lập lịch thủ công', 'Change manual dates of task'],
  manualFinish: ['Sửa ngày lập lịch thủ công', 'Change manual dates of task'],
  actualStart: ['Sửa ngày thực tế', 'Change actual dates of task'],
  actualFinish: ['Sửa ngày thực tế', 'Change actual dates of task'],
};

export function describeEdit(edit: PlanEdit, plan: Plan, lang: EditLanguage): string {
  const [vi, en] = labelPair(edit, plan);
  return lang === 'vi' ? vi : en;
}

function labelPair(edit: PlanEdit, plan: Plan): Pair {
  const stt = sttMap(plan);
  const n = (id: string) => String(stt.get(id) ?? '?');
  const unit = (id: string) => `“${shortName(plan.units.find((u) => u.id === id)?.name ?? '?', 30)}”`;
  const link = (id: string) => {
    const l = plan.links.find((x) => x.id === id);
    return l ? `${n(l.predecessorId)} → ${n(l.successorId)}` : '?';
  };
  const tasks = (ids: readonly string[]): Pair =>
    ids.length === 1 ? [`STT ${n(ids[0]!)}`, `task ${n(ids[0]!)}`] : [`${ids.length} công việc`, `${ids.length} tasks`];
  switch (edit.op) {
    case 'updateTask': {
      const fields = Object.keys(edit.changes) as (keyof TaskChanges)[];
      const labels = new Set(fields.map((f) => FIELD_LABELS[f][0]));
      const [vi, en] = labels.size === 1 ? FIELD_LABELS[fields[0]!] : ['Sửa công việc', 'Edit task'];
      return [`${vi} STT ${n(edit.taskId)}`, `${en} ${n(edit.taskId)}`];
    }
    case 'setTaskDates':
      if (edit.finish === undefined) return [`Di chuyển STT ${n(edit.taskId)}`, `Move task ${n(edit.taskId)}`];
      if (edit.start === undefined) return [`Đổi ngày kết thúc STT ${n(edit.taskId)}`, `Change finish of task ${n(edit.taskId)}`];
      return [`Đổi ngày STT ${n(edit.taskId)}`, `Change dates of task ${n(edit.taskId)}`];
    case 'addTask':
      return edit.afterTaskId === null
        ? ['Thêm công việc ở đầu', 'Insert task at the top']
        : [`Thêm công việc sau STT ${n(edit.afterTaskId)}`, `Insert task after ${n(edit.afterTaskId)}`];
    case 'deleteTasks': {
      const [vi, en] = tasks(edit.taskIds);
      return [`Xóa ${vi}`, `Delete ${en}`];
    }
    case 'moveTasks': {
      const [vi, en] = tasks(edit.taskIds);
      return edit.direction === 'up' ? [`Chuyển lên ${vi}`, `Move up ${en}`] : [`Chuyển xuống ${vi}`, `Move down ${en}`];
    }
    case 'indentTasks': {
      const [vi, en] = tasks(edit.taskIds);
      return [`Tăng thụt lề ${vi}`, `Indent ${en}`];
    }
    case 'outdentTasks': {
      const [vi, en] = tasks(edit.taskIds);
      return [`Giảm thụt lề ${vi}`, `Outdent ${en}`];
    }
    case 'placeTasks': {
      const [vi, en] = tasks(edit.taskIds);
      return edit.parentId === null
        ? [`Chuyển ${vi} ra cấp ngoài cùng`, `Move ${en} to the top level`]
        : [`Chuyển ${vi} vào mục STT ${n(edit.parentId)}`, `Move ${en} into summary ${n(edit.parentId)}`];
    }
    case 'addLink':
      return [`Thêm liên kết ${n(edit.predecessorId)} → ${n(edit.successorId)}`, `Add link ${n(edit.predecessorId)} → ${n(edit.successorId)}`];
    case 'updateLink':
      return [`Sửa liên kết ${link(edit.linkId)}`, `Edit link ${link(edit.linkId)}`];
    case 'deleteLink':
      return [`Xóa liên kết ${link(edit.linkId)}`, `Delete link ${link(edit.linkId)}`];
    case 'addUnit':
      return [`Thêm đơn vị “${shortName(edit.name, 30)}”`, `Add unit “${shortName(edit.name, 30)}”`];
    case 'renameUnit':
      return [`Đổi tên đơn vị ${unit(edit.unitId)}`, `Rename unit ${unit(edit.unitId)}`];
    case 'mergeUnits':
      return [
        `Gộp đơn vị ${unit(edit.sourceUnitId)} vào ${unit(edit.targetUnitId)}`,
        `Merge unit ${unit(edit.sourceUnitId)} into ${unit(edit.targetUnitId)}`,
      ];
    case 'addCalendarException': {
      const d = formatViDate(edit.date);
      return edit.kind === 'holiday' ? [`Thêm ngày nghỉ ${d}`, `Add day off ${d}`] : [`Thêm ngày làm bù ${d}`, `Add working day ${d}`];
    }
    case 'removeCalendarException':
      return [`Bỏ ngày ${formatViDate(edit.date)} khỏi lịch`, `Remove ${formatViDate(edit.date)} from the calendar`];
    case 'setWorkWeek':
      return ['Đổi ngày làm việc trong tuần', 'Change the working week'];
    case 'setStatusDate':
      return edit.date === null
        ? ['Bỏ ngày cập nhật', 'Clear the status date']
        : [`Đặt ngày cập nhật ${formatViDate(edit.date)}`, `Set the status date to ${formatViDate(edit.date)}`];
    case 'setPlanDates':
      return ['Đổi ngày của kế hoạch', 'Change the plan dates'];
    case 'updateProgress': {
      const [vi, en] = tasks(edit.taskIds);
      if (edit.mode === 'reschedule') return [`Dời phần việc còn lại của ${vi} sau ngày cập nhật`, `Reschedule the remaining work of ${en} after the status date`];
      const [how, howEn] = edit.mode === 'percent' ? [`${edit.percent ?? 0}%`, `${edit.percent ?? 0}%`] : ['hoàn thành theo kế hoạch', 'done as planned'];
      return [`Cập nhật tiến độ ${vi}: ${how}`, `Update progress of ${en}: ${howEn}`];
    }
    case 'saveBaseline': {
      const name = shortName(edit.name?.trim() || defaultBaselineName(edit.index), 30);
      return [`Lưu kế hoạch gốc số ${edit.index} “${name}”`, `Save baseline ${edit.index} “${name}”`];
    }
    case 'deleteBaseline':
      return [`Xóa kế hoạch gốc số ${edit.index}`, `Delete baseline ${edit.index}`];
  }
}
