/**
 * Vietnamese text for conflicts: which row, which field, and each value as
 * the user knows it (dates dd/mm/yyyy, unit names rather than ids, STT).
 */
import { formatViDate, isIsoDate } from '../dates';
import type { Link, Plan, Task, Unit } from '../model';


const KIND_LABELS: Record<string, string> = { task: 'Công việc', milestone: 'Mốc', effort: 'Theo tiến độ thực hiện' };

/** Everything needed to name rows: the three plans, looked up in order. */
export class PlanLookup {
  readonly #tasks = new Map<string, { task: Task; stt: number }>();
  readonly #units = new Map<string, Unit>();

  constructor(plans: readonly Plan[]) {
    for (const plan of plans) {
      const ordered = [...plan.tasks].sort((a, b) => a.position - b.position);
      ordered.forEach((task, i) => {
        if (!this.#tasks.has(task.id)) this.#tasks.set(task.id, { task, stt: i + 1 });
      });
      for (const unit of plan.units) if (!this.#units.has(unit.id)) this.#units.set(unit.id, unit);
    }
  }

  taskLabel(id: string): string {
    const found = this.#tasks.get(id);
    if (!found) return `Công việc “${id}”`;
    return `Công việc STT ${found.stt}${quoted(found.task.name)}`;
  }

  unitName(id: string): string {
    return this.#units.get(id)?.name ?? id;
  }

  unitLabel(id: string): string {
    return `Đơn vị${quoted(this.unitName(id))}`;
  }

  linkLabel(link: Pick<Link, 'predecessorId' | 'successorId'>): string {
    return `Liên kết ${this.#stt(link.predecessorId)} → ${this.#stt(link.successorId)}`;
  }

  #stt(id: string): string {
    const found = this.#tasks.get(id);
    return found ? `STT ${found.stt}` : '?';
  }

  /** A field's value as text; `null` as a whole row means the row is deleted. */
  display(field: string, value: unknown): string {
    if (field === 'parentId') return value === null ? '(cấp ngoài cùng, không thuộc mục nào)' : this.taskLabel(String(value));
    if (value === null || value === undefined) return field === '*' ? '(đã xoá)' : '(trống)';
    if (field === '*') return '(giữ, có sửa đổi)';
    if (field === 'leadUnitId') return this.unitName(String(value));
    if (field === 'coordinatingUnitIds' && Array.isArray(value)) return value.length === 0 ? '(không có)' : value.map((id) => this.unitName(String(id))).join('; ');
    if (field === 'kind') return KIND_LABELS[String(value)] ?? String(value);
    if (field === 'percentComplete') return `${String(value)} %`;
    if (field === 'tasks' && Array.isArray(value)) return value.map((id) => this.#stt(String(id))).join(', ');
    if (field === 'units' && Array.isArray(value)) return value.map((id) => this.unitName(String(id))).join('; ');
    if (field === 'cycle') return describeLinks(this, value);
    if (field === 'window') return windowText(value as Record<string, unknown>);
    if (field === 'manual') {
      const v = value as { manualStart: string | null; manualFinish: string | null };
      return v.manualStart === null && v.manualFinish === null ? '(không)' : `${date(v.manualStart)} – ${date(v.manualFinish)}`;
    }
    if (field === 'ends') {
      const v = value as Pick<Link, 'predecessorId' | 'successorId'>;
      return this.linkLabel(v).replace(/^Liên kết /u, '');
    }
    if (field === 'baseline') {
      const v = value as { name: string; savedOn: string };
      return `“${v.name}”, lưu ngày ${formatViDate(v.savedOn)}`;
    }
    if (field === 'exception') {
      const v = value as { kind: string; name: string };
      return `${v.kind === 'holiday' ? 'Ngày nghỉ' : 'Ngày làm bù'}${v.name ? `: ${v.name}` : ''}`;
    }
    if (typeof value === 'string') return isIsoDate(value) ? formatViDate(value) : value === '' ? '(trống)' : value;
    return String(value);
  }
}

function describeLinks(lookup: PlanLookup, value: unknown): string {
  const links = (Array.isArray(value) ? value : [value]) as Link[];
  return links.map((l) => `${lookup.linkLabel(l).replace(/^Liên kết /u, '')} (${l.type}${l.lag ? ` ${l.lag > 0 ? '+' : ''}${l.lag}` : ''})`).join('; ') || '(không)';
}

function windowText(v: Record<string, unknown>): string {
  const text = typeof v.windowText === 'string' && v.windowText !== '' ? v.windowText : '(trống)';
  if (v.windowStart === null && v.windowEnd === null) return text;
  return `${text} (${date(v.windowStart)} – ${date(v.windowEnd)})`;
}

function date(value: unknown): string {
  return typeof value === 'string' ? formatViDate(value) : '…';
}

function quoted(text: string): string {
  if (text === '') return '';
  return ` (“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”)`;
}
