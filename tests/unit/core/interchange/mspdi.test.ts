/** MS Project XML: our plan → MSPDI (valid against Microsoft's schema) → our plan keeps everything; foreign and broken files. */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMspdi } from '../../../../core/interchange/mspdiRead';
import { planToMspdi } from '../../../../core/interchange/mspdiWrite';
import { parentOf, wbsOf, withOutline } from '../../../../core/interchange/outlineFields';
import { tasksInOrder } from '../../../../core/model';
import { makeFixturePlan } from '../../db/fixtures';
import { comparable, FIXTURES, MSPDI_SCHEMA, newId, planArb, xmllintErrors } from './support';

function outlinedFixture() {
  const plan = makeFixturePlan();
  const [a, b, c, d] = plan.tasks;
  // "I. Chuẩn bị" holds the survey and the draft; the summary itself has a link.
  const section = withOutline({ ...a!, id: 't-0', position: 1, name: 'I. Chuẩn bị', windowText: '', windowStart: null, windowEnd: null, deliverable: '', notes: '', actualStart: null, percentComplete: 0, leadUnitId: null, coordinatingUnitIds: [] }, null, 'I');
  plan.tasks = [
    section,
    withOutline({ ...a!, position: 2 }, 't-0', '1'),
    withOutline({ ...b!, position: 3 }, 't-0', '2'),
    withOutline({ ...c!, position: 4 }, null, 'II'),
    withOutline({ ...d!, position: 5 }, null, ''),
  ];
  plan.links.push({ id: 'l-9', predecessorId: 't-0', successorId: 't-4', type: 'SF', lag: 1 });
  return plan;
}

describe('MS Project XML (MSPDI)', () => {
  it('writes a file valid against mspdi_pj12.xsd and reads back every task, outline, date, link, calendar exception and own field', () => {
    const plan = outlinedFixture();
    const xml = planToMspdi(plan);
    expect(xmllintErrors(xml, MSPDI_SCHEMA)).toBe('');
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml).toContain('<LinkLag>-9600</LinkLag>'); // FF −2 days = −2 × 480 min × 10
    const back = readMspdi(xml, 'plan.xml', newId);
    expect(back.problems).toEqual([]);
    expect(comparable(back.plan)).toEqual(comparable(plan));
    const order = tasksInOrder(back.plan);
    expect(order.map(parentOf)).toEqual([null, order[0]!.id, order[0]!.id, null, null]);
    expect(order.map(wbsOf)).toEqual(['I', '1', '2', 'II', '']);
  });

  it('round-trips random plans with outlines', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const back = readMspdi(planToMspdi(plan), 'p.xml', newId);
        expect(back.problems).toEqual([]);
        expect(comparable(back.plan)).toEqual(comparable(plan));
      }),
      { numRuns: 60 },
    );
  });

  it('a random plan with outlines is valid against the schema', () => {
    const [plan] = fc.sample(planArb, { numRuns: 1, seed: 15 });
    expect(xmllintErrors(planToMspdi(plan!), MSPDI_SCHEMA)).toBe('');
  });

  it('reads a hand-written MS Project file: summary with links, negative lag, SF, milestone, holiday, working Saturday, task without dates, Vietnamese text', () => {
    const xml = fs.readFileSync(path.join(FIXTURES, 'ms-project-2010.xml'), 'utf8');
    const { plan, problems } = readMspdi(xml, 'ms-project-2010.xml', newId);
    const order = tasksInOrder(plan);
    expect(order.map((t) => t.name)).toEqual(['Giai đoạn chuẩn bị', 'Khảo sát hiện trạng', 'Xây dựng dự thảo', 'Phê duyệt đề án', 'Hội thảo lấy ý kiến']);
    expect(order.map(parentOf)).toEqual([null, order[0]!.id, order[0]!.id, null, null]);
    expect(order.map(wbsOf)).toEqual(['1', '1.1', '1.2', '2', '3']);
    const [summary, survey, draft, approval, workshop] = order;
    expect(survey).toMatchObject({ duration: 5, windowStart: '2026-01-05', windowEnd: '2026-01-30', percentComplete: 40, notes: 'Ghi chú có <b>thẻ</b> & dấu' });
    expect(draft).toMatchObject({ duration: 3 });
    expect(approval).toMatchObject({ kind: 'milestone', duration: 0 });
    expect(workshop).toMatchObject({ duration: 2, windowStart: null, manualStart: null });
    const unit = new Map(plan.units.map((u) => [u.id, u.name]));
    expect(unit.get(survey!.leadUnitId!)).toBe('Sở Khoa học và Công nghệ');
    expect(survey!.coordinatingUnitIds.map((id) => unit.get(id))).toEqual(['Sở Tài chính']);
    const link = (from: string, to: string) => plan.links.find((l) => l.predecessorId === from && l.successorId === to);
    expect(link(survey!.id, draft!.id)).toMatchObject({ type: 'FS', lag: -2 });
    expect(link(summary!.id, approval!.id)).toMatchObject({ type: 'FS', lag: 0 });
    expect(link(draft!.id, workshop!.id)).toMatchObject({ type: 'SF', lag: 1 });
    expect(plan.calendar.holidays).toEqual([{ date: '2026-01-01', name: 'Tết Dương lịch' }, { date: '2026-02-16', name: 'Tết Nguyên đán' }, { date: '2026-02-17', name: 'Tết Nguyên đán' }]);
    expect(plan.calendar.workdays).toEqual([{ date: '2026-01-10', name: 'Làm bù' }]);
    expect(plan.info).toMatchObject({ title: 'Đề án thử nghiệm', startDate: '2026-01-05', organisation: 'Sở Khoa học và Công nghệ' });
    expect(problems).toEqual(['Công việc “Hội thảo lấy ý kiến”: ràng buộc “Kết thúc không muộn hơn” không được mang sang.']);
  });

  it('refuses broken files with a clear message', () => {
    expect(() => readMspdi('<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task>', 'x.xml', newId)).toThrow(/Tệp MS Project XML bị hỏng \(XML sai ở dòng 1/);
    expect(() => readMspdi('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Project/>', 'x.xml', newId)).toThrow(/DOCTYPE/);
    expect(() => readMspdi('<note><to>A</to></note>', 'thu.xml', newId)).toThrow('Tệp “thu.xml” là XML nhưng không phải tệp MS Project (MSPDI).');
    const xml = fs.readFileSync(path.join(FIXTURES, 'ms-project-2010.xml'), 'utf8');
    expect(() => readMspdi(xml.replace('<Type>2</Type><!--SF-->', '<Type>7</Type>'), 'x.xml', newId)).toThrow(/kiểu không biết \(Type 7\)/);
    const cyclic = xml.replace('<!--cycle-->', '<PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type></PredecessorLink>');
    expect(() => readMspdi(cyclic, 'x.xml', newId)).toThrow(/vòng lặp: .*“Hội thảo lấy ý kiến”/);
  });
});
