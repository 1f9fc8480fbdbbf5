import { describe, expect, it } from 'vitest';
import { planTableCaption, planTableRows } from '../../../../core/formats';
import { defaultPlanWithSchedule } from './support';

describe('planTableRows', () => {
  const { plan, names, starts, finishes } = defaultPlanWithSchedule();

  it('gives the appendix columns exactly as the plan writes them, one row per task', () => {
    const table = planTableRows(plan);
    expect(table.header).toEqual(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm']);
    expect(table.heading).toBe('PHỤ LỤC NHIỆM VỤ CỤ THỂ');
    expect(table.rows).toHaveLength(17);
    expect(table.rows.map((r) => r[1])).toEqual(names);
    expect(table.rows[0]).toEqual([1, 'Xây dựng Kế hoạch triển khai', 'Phòng Quản lý Khoa học', 'Văn phòng Sở', 'Tháng 4/2026', 'Kế hoạch của Sở']);
    // Coordinating units joined with "; " as in the plan.
    expect(table.rows[2]?.[3]).toBe('Phòng Quản lý Khoa học; Sở Tài chính');
    expect(table.rows[16]?.[4]).toBe('Theo tiến độ thực hiện');
  });

  it('adds the computed columns in a fixed order, with dates from the engine', () => {
    const table = planTableRows(plan, { columns: ['late', 'start', 'critical', 'finish', 'percentComplete'] });
    expect(table.header.slice(6)).toEqual(['Bắt đầu', 'Kết thúc', '% hoàn thành', 'Găng', 'Trễ (ngày làm việc)']);
    expect(table.dateColumns).toEqual([6, 7]);
    expect(table.rows.map((r) => r[6])).toEqual(starts.map((date) => ({ date })));
    expect(table.rows.map((r) => r[7])).toEqual(finishes.map((date) => ({ date })));
    expect(table.rows[0]?.slice(6)).toEqual([{ date: '2026-04-01' }, { date: '2026-04-07' }, 0, 'Có', '']);
    // STT 16 is the one task with float (DOMAIN.md).
    expect(table.rows.filter((r) => r[9] === 'Có')).toHaveLength(16);
    expect(table.rows[15]?.[9]).toBe('');
  });

  it('shows lateness and leaves dates blank when the links form a cycle', () => {
    const late = structuredClone(plan);
    const first = late.tasks.find((t) => t.position === 1)!;
    first.duration = 30; // pushes the whole chain past every window
    const lateTable = planTableRows(late, { columns: ['late'] });
    expect(lateTable.rows[0]?.[6]).toBeGreaterThan(0);

    const cyclic = structuredClone(plan);
    const [a, b] = [cyclic.tasks[0]!, cyclic.tasks[1]!];
    cyclic.links.push({ id: 'cycle', predecessorId: b.id, successorId: a.id, type: 'FS', lag: 0 });
    const table = planTableRows(cyclic, { columns: ['start', 'finish', 'critical'] });
    expect(table.rows.every((r) => r[6] === '' && r[7] === '' && r[8] === '')).toBe(true);
  });

  it('writes the caption from the plan number, date and organisation', () => {
    expect(planTableCaption(plan)).toBe('(Kèm theo Kế hoạch số /KH- SKHCN ngày tháng 4 năm 2026 của Sở Khoa học và Công nghệ Hải Phòng)');
    const blank = structuredClone(plan);
    blank.info.number = '';
    blank.info.placeAndDate = '';
    blank.info.organisation = '';
    expect(planTableCaption(blank)).toBe('(Kèm theo Kế hoạch số …)');
  });
});
