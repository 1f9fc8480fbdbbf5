/**
 * Vietnamese names for the parts of a plan, used in validation messages so
 * the user reads "Công việc STT 3 — Bắt đầu thực tế" rather than a JSON path.
 * Works on unvalidated input, hence all the `unknown`.
 */
import { FIELD_LABELS } from '../core/fieldLabels';

const CONTAINERS = new Set(['info', 'calendar', 'holidays', 'workdays', 'units', 'tasks', 'links', 'baselines']);

type Path = readonly PropertyKey[];

/** The field an issue is about ('' when it is about a whole object). */
export function fieldLabel(path: Path): string {
  const last = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (last === undefined || CONTAINERS.has(last)) return '';
  return FIELD_LABELS[last] ?? last;
}

/** The object an issue is about, e.g. `Công việc STT 3 (“Khảo sát”)`. */
export function entityLabel(root: unknown, path: Path): string {
  const [section, sub, index] = path;
  switch (section) {
    case 'info':
      return 'Thông tin kế hoạch';
    case 'calendar': {
      if (typeof index !== 'number' || (sub !== 'holidays' && sub !== 'workdays')) return 'Lịch làm việc';
      const kind = sub === 'holidays' ? 'ngày nghỉ' : 'ngày làm bù';
      return `Lịch làm việc — ${kind} thứ ${index + 1}${quoted(at(root, 'calendar', sub, index, 'date'))}`;
    }
    case 'units':
      if (typeof sub !== 'number') return 'Danh sách đơn vị';
      return `Đơn vị thứ ${sub + 1}${quoted(at(root, 'units', sub, 'name'))}`;
    case 'tasks':
      if (typeof sub !== 'number') return 'Danh sách công việc';
      return `Công việc STT ${taskNumber(root, sub)}${quoted(at(root, 'tasks', sub, 'name'))}`;
    case 'links':
      if (typeof sub !== 'number') return 'Danh sách liên kết';
      return `Liên kết thứ ${sub + 1}${linkEnds(root, sub)}`;
    case 'baselines': {
      if (typeof sub !== 'number') return 'Danh sách kế hoạch gốc';
      const number = at(root, 'baselines', sub, 'index');
      return `Kế hoạch gốc${typeof number === 'number' ? ` số ${number}` : ` thứ ${sub + 1}`}${quoted(at(root, 'baselines', sub, 'name'))}`;
    }
    default:
      return 'Kế hoạch';
  }
}

/** STT as the user sees it: the rank of the task's position (position gaps are allowed). */
function taskNumber(root: unknown, index: number): number {
  const tasks = at(root, 'tasks');
  const own = at(root, 'tasks', index, 'position');
  if (!Array.isArray(tasks) || typeof own !== 'number') return index + 1;
  return 1 + tasks.filter((t) => typeof t?.position === 'number' && t.position < own).length;
}

function linkEnds(root: unknown, index: number): string {
  const tasks = at(root, 'tasks');
  if (!Array.isArray(tasks)) return '';
  const stt = (id: unknown): string => {
    const i = tasks.findIndex((t) => t?.id === id);
    return i < 0 ? '?' : String(taskNumber(root, i));
  };
  return ` (STT ${stt(at(root, 'links', index, 'predecessorId'))} → STT ${stt(at(root, 'links', index, 'successorId'))})`;
}

function quoted(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  return ` (“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”)`;
}

function at(root: unknown, ...path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
