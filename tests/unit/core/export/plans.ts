/**
 * Plans for the export tests and benchmark: the default plan (Kế hoạch 1049)
 * and a long plan of n tasks on the same calendar, every task inside
 * April–December 2026, with names of realistic lengths.
 */
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { newTask, type Link, type Plan, type Task } from '../../../../core/model';

let counter = 0;
export const testId = () => `id-${++counter}`;

export function defaultPlan(): Plan {
  return createDefaultPlan(testId);
}

const PHRASES = [
  'Rà soát, tổng hợp số liệu',
  'Tổ chức hội thảo lấy ý kiến chuyên gia, nhà khoa học về nội dung Đề án',
  'Hoàn thiện hồ sơ trình UBND TP (Tờ trình, dự thảo Quyết định, các tài liệu kèm theo)',
  'Khảo sát thực địa',
  'Xây dựng báo cáo đánh giá hiện trạng ứng dụng khoa học - công nghệ về biển',
];

export function task(over: Partial<Task> & Pick<Task, 'id' | 'position' | 'name'>): Task {
  return newTask({ duration: 5, ...over });
}

/** n tasks in parallel chains of ~20 (FS), durations 1–5 working days, leads cycling over the plan's units. */
export function longPlan(n: number): Plan {
  const base = createDefaultPlan(testId);
  const units = base.units.slice(0, 6);
  const chains = Math.max(5, Math.ceil(n / 20));
  const tasks: Task[] = [];
  const links: Link[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 97 === 13 ? 'milestone' : i % 89 === 7 ? 'effort' : 'task';
    tasks.push(
      task({
        id: `t${i + 1}`,
        position: i + 1,
        name: `${i + 1}. ${PHRASES[i % PHRASES.length]}`,
        leadUnitId: units[i % units.length]!.id,
        kind,
        duration: kind === 'milestone' ? 0 : 1 + (i % 5),
        percentComplete: (i * 7) % 100,
      }),
    );
    if (i >= chains) links.push({ id: `l${i}`, predecessorId: `t${i + 1 - chains}`, successorId: `t${i + 1}`, type: 'FS', lag: 0 });
  }
  return { ...base, units, tasks, links };
}

/**
 * The default plan grouped the way appendix tables are: "I. NHIỆM VỤ CHUNG"
 * over tasks 1–4 and "II. NHIỆM VỤ CỤ THỂ" over the rest, with a sub-section
 * "1. Tổ chức thực hiện" over tasks 5–7; the plan's own numbering kept.
 */
export function sectionedPlan(): Plan {
  const plan = createDefaultPlan(testId);
  const tasks = [...plan.tasks].sort((a, b) => a.position - b.position);
  const one = task({ id: 'sec-I', position: 1, name: 'NHIỆM VỤ CHUNG', wbs: 'I', duration: 1 });
  const two = task({ id: 'sec-II', position: 1, name: 'NHIỆM VỤ CỤ THỂ', wbs: 'II', duration: 1 });
  const sub = task({ id: 'sec-II-1', position: 1, name: 'Tổ chức thực hiện', wbs: '1', parentId: 'sec-II', duration: 1 });
  const ordered: Task[] = [one];
  tasks.forEach((t, i) => {
    if (i === 4) ordered.push(two, sub);
    const parentId = i < 4 ? 'sec-I' : i < 7 ? 'sec-II-1' : 'sec-II';
    ordered.push({ ...t, parentId, wbs: i < 4 ? String(i + 1) : i < 7 ? `1.${i - 3}` : String(i - 5) });
  });
  return { ...plan, tasks: ordered.map((t, i) => ({ ...t, position: i + 1 })) };
}
