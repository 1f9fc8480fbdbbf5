import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { planSchema, tasksInOrder, type Plan } from '../../../core/model';
import { parsePlanDocument } from '../../../core/planText';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import { KE_HOACH_1049_TEXT } from '../../../core/seed/keHoach1049';

function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('createDefaultPlan', () => {
  const plan: Plan = createDefaultPlan(counterIds());
  const doc = parsePlanDocument(KE_HOACH_1049_TEXT);
  const tasks = tasksInOrder(plan);
  const unitName = (id: string | null) => plan.units.find((u) => u.id === id)?.name;
  const stt = (taskId: string) => tasks.findIndex((t) => t.id === taskId) + 1;

  it('is a valid plan', () => {
    expect(planSchema.parse(plan)).toEqual(plan);
  });

  it('has the 17 tasks exactly as written, in order', () => {
    expect(tasks).toHaveLength(17);
    expect(tasks.map((t) => t.position)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    tasks.forEach((task, i) => {
      const row = doc.rows[i]!;
      expect(task).toMatchObject({ name: row.name, windowText: row.windowText, deliverable: row.deliverable, notes: '' });
      expect(unitName(task.leadUnitId)).toBe(row.lead);
      expect(task.coordinatingUnitIds.map(unitName)).toEqual(row.coordinators);
    });
    expect(tasks[0]!.name).toBe('Xây dựng Kế hoạch triển khai');
    expect(unitName(tasks[12]!.leadUnitId)).toBe('Phòng Quản lý Khoa học');
    expect(tasks[12]!.coordinatingUnitIds.map(unitName)).toEqual(['Đơn vị tư vấn', 'Các phòng, đơn vị', 'VP UBND TP', 'VP TU']);
  });

  it('takes windows from the text', () => {
    expect(tasks[0]).toMatchObject({ windowStart: '2026-04-01', windowEnd: '2026-04-30' });
    expect(tasks[8]).toMatchObject({ windowText: 'Tháng 6/2026-9/2026', windowStart: '2026-06-01', windowEnd: '2026-09-30' });
    expect(tasks[14]).toMatchObject({ windowStart: '2026-11-01', windowEnd: '2026-12-31' });
    expect(tasks[16]).toMatchObject({ windowText: 'Theo tiến độ thực hiện', windowStart: null, windowEnd: null });
  });

  it('has the default durations and kinds', () => {
    expect(tasks.map((t) => t.duration)).toEqual([5, 5, 5, 5, 10, 5, 1, 82, 78, 8, 22, 10, 5, 6, 23, 20, 0]);
    expect(tasks.map((t) => t.kind)).toEqual([...Array<string>(16).fill('task'), 'effort']);
    for (const t of tasks) {
      expect(t).toMatchObject({ percentComplete: 0, startNoEarlierThan: null, manualStart: null, manualFinish: null, actualStart: null, actualFinish: null });
    }
  });

  it('has the default links', () => {
    const links = plan.links.map((l) => `${stt(l.predecessorId)}→${stt(l.successorId)} ${l.type} ${l.lag}`);
    expect(links).toEqual([
      '1→2 FS 0', '2→3 FS 0', '3→4 FS 0', '4→5 FS 0', '5→6 FS 0', '6→7 FS 0', '7→8 FS 0', '8→9 SS 0', '8→10 FS 0',
      '9→10 FS 0', '10→11 FS 0', '11→12 FS 0', '12→13 FS 0', '13→14 FS 0', '14→15 FS 0', '13→16 FS 0', '6→17 SS 0', '15→17 FF 0',
    ]);
  });

  it('lists every table unit once and the 30 recipients with their order', () => {
    const names = plan.units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    const tableUnits = new Set(doc.rows.flatMap((r) => [r.lead, ...r.coordinators]));
    for (const name of tableUnits) expect(names).toContain(name);
    expect([...tableUnits]).toEqual([
      'Phòng Quản lý Khoa học', 'Văn phòng Sở', 'Sở Tài chính', 'Đơn vị tư vấn', 'Các phòng, đơn vị',
      'Các sở, ngành, địa phương', 'tổ chức, đơn vị liên quan', 'VP UBND TP', 'VP TU', 'Các sở, ngành, đơn vị liên quan',
    ]);
    expect(names.slice(0, 10)).toEqual([...tableUnits]); // table units first, in order of first mention
    const recipients = plan.units.filter((u) => u.recipientOrder !== null).sort((a, b) => a.recipientOrder! - b.recipientOrder!);
    expect(recipients.map((u) => u.recipientOrder)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(recipients.map((u) => u.name)).toEqual(doc.recipients);
    // "Sở Tài chính" is both a coordinating unit and recipient 2: one unit
    expect(plan.units.filter((u) => u.name === 'Sở Tài chính')).toEqual([expect.objectContaining({ recipientOrder: 2 })]);
    expect(plan.units.find((u) => u.name === 'Phòng Quản lý Khoa học')?.recipientOrder).toBeNull();
    expect(plan.units).toHaveLength(10 + 30 - 1);
  });

  it('has the plan information and the 2026 calendar', () => {
    expect(plan.info).toEqual({
      title: doc.title,
      number: 'Số: /KH- SKHCN',
      placeAndDate: 'Hải Phòng, ngày tháng 4 năm 2026',
      organisation: 'Sở Khoa học và Công nghệ Hải Phòng',
      signer: 'Nguyễn Cao Thắng',
      startDate: '2026-04-01',
      endDate: '2026-12-31',
      statusDate: null,
    });
    expect(plan.info.title.startsWith('Kế hoạch triển khai thực hiện Quyết định số 1049/QĐ-UBND')).toBe(true);
    expect(plan.calendar).toEqual(CALENDAR_2026);
    expect(plan.calendar).not.toBe(CALENDAR_2026);
  });

  it('gives every unit, task and link its own id', () => {
    const ids = [...plan.units, ...plan.tasks, ...plan.links].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(39 + 17 + 18);
    const other = createDefaultPlan();
    expect(other.tasks[0]!.id).not.toBe(createDefaultPlan().tasks[0]!.id);
    expect(planSchema.safeParse(other).success).toBe(true);
  });
});
