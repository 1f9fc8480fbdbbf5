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
