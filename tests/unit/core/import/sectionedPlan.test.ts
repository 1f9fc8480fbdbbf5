/**
 * The sectioned appendix of ./sectionedPlan.ts read from an .xlsx built with
 * exceljs (merged cells, month cells typed "6/2027" with an mm/yyyy format),
 * a CSV file and an Excel copy pasted as text, through the same entry
 * points the app uses; then built into a plan without warnings in notes.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readImportFile, readImportText } from '../../../../core/import/source';
import { planFromImport } from '../../../../core/import/toPlan';
import { parsePlan } from '../../../../db/planValidation';
import { BODY, expectSectionedPlan, FOOTNOTE, planGrid } from './sectionedPlan';

const MONTH_CELL = /^(\d{2})\/(\d{4})$/;

async function sectionedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  const grid = planGrid();
  grid.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const month = MONTH_CELL.exec(text);
      const day = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
      if (month) {
        // Typed "6/2027": Excel stores the 1st of the month and shows it mm/yyyy.
        cell.value = new Date(Date.UTC(Number(month[2]), Number(month[1]) - 1, 1));
        cell.numFmt = 'mm/yyyy';
      } else if (day) {
        cell.value = new Date(Date.UTC(Number(day[3]), Number(day[2]) - 1, Number(day[1])));
        cell.numFmt = 'dd/mm/yyyy';
      } else if (/^\d+$/.test(text)) {
        cell.value = Number(text);
      } else if (text !== '') {
        cell.value = text;
      }
    });
  });
  const at = (text: string) => grid.findIndex((cells) => cells[0] === text) + 1;
  ws.mergeCells(at('STT'), 5, at('STT'), 6); // "Thời gian thực hiện" over Bắt đầu | Kết thúc
  for (const col of [1, 2, 3, 4, 7]) ws.mergeCells(at('STT'), col, at('STT') + 1, col); // the other headers span both header rows
  const section = BODY.find((r) => !Array.isArray(r)) as { section: string };
  ws.mergeCells(at(section.section), 1, at(section.section), 7);
  ws.mergeCells(at(FOOTNOTE), 1, at(FOOTNOTE), 7);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe('a sectioned appendix from Excel, CSV and a paste', () => {
  it('reads the .xlsx: sections, numbering, dates and month cells as written, the heading and the year', async () => {
    const table = await readImportFile('phu-luc.xlsx', await sectionedWorkbook(), { year: 2026 });
    expectSectionedPlan(table.rows);
    expect(table.rows[6]?.windowText).toBe('06/2027 - 09/2027'); // month cells, not the days 01/06 and 01/09
    expect(table.problems).toEqual([expect.stringMatching(/^Văn bản là kế hoạch năm 2027, còn kế hoạch đang mở là năm 2026/)]);
    expect(table.document).toMatchObject({ title: 'Kế hoạch triển khai nhiệm vụ chuyển đổi số năm 2027', signer: 'Nguyễn Văn An' });
    expect(table.skipped[0]).toBe(FOOTNOTE);
    expect(table.skipped.some((line) => line.includes('GIÁM ĐỐC'))).toBe(true);
  });

  it('reads the same table as CSV and as an Excel copy pasted into the app', async () => {
    const grid = planGrid();
    const csv = grid.map((cells) => cells.map(csvField).join(',')).join('\r\n');
    const fromCsv = await readImportFile('phu-luc.csv', new TextEncoder().encode(csv), { year: 2027 });
    expectSectionedPlan(fromCsv.rows);
    expect(fromCsv.problems).toEqual([]);
    const pasted = readImportText(grid.map((cells) => cells.join('\t')).join('\r\n'), { year: 2027 });
    expectSectionedPlan(pasted.rows);
    expect(pasted.problems).toEqual([]);
  });

  it('reads a Word-style paste: the section heading on a line of its own, restarted numbering', () => {
    const text = [
      'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm',
      'I. TĂNG CƯỜNG NĂNG LỰC SỐ',
      '1\tTập huấn\tPhòng A\t\tQuý III và Quý IV năm 2026\tBáo cáo',
      '2\tRà soát\tPhòng B\t\tĐợt 1: tháng 5/2026; đợt 2: tháng 10/2026\tBáo cáo',
      'II. NHIỆM VỤ CỤ THỂ',
      '1\tTheo dõi\tPhòng A\t\tHằng quý\tBáo cáo quý',
      '2\tGiai đoạn sau\tPhòng B\t\tGiai đoạn 2026-2030\tĐề án',
    ].join('\n');
    const { rows, problems } = readImportText(text, { year: 2026 });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.wbs, r.name, r.summary, r.parent])).toEqual([
      ['I', 'TĂNG CƯỜNG NĂNG LỰC SỐ', true, null],
      ['1', 'Tập huấn', false, 0],
      ['2', 'Rà soát', false, 0],
      ['II', 'NHIỆM VỤ CỤ THỂ', true, null],
      ['1', 'Theo dõi', false, 3],
      ['2', 'Giai đoạn sau', false, 3],
    ]);
    expect(rows.map((r) => r.problems)).toEqual([[], [], [], [], [], []]);
    expect(rows[2]).toMatchObject({ windowText: 'Đợt 1: tháng 5/2026; đợt 2: tháng 10/2026', window: { kind: 'range', start: '2026-05-01', end: '2026-10-31' } });
    expect(rows[4]?.window).toMatchObject({ kind: 'recurring', every: 'quarterly' });
    expect(rows[5]?.window).toEqual({ kind: 'range', start: '2026-01-01', end: '2030-12-31' });
  });

  it('reads a single date under "Thời gian hoàn thành" as a deadline', () => {
    const text = ['TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành', '1\tNộp báo cáo\tPhòng A\t15/10/2026', '2\tHọp\tPhòng B\tTháng 11/2026'].join('\n');
    const { rows } = readImportText(text);
    expect(rows.map((r) => r.window)).toEqual([
      { kind: 'deadline', start: null, end: '2026-10-15' },
      { kind: 'deadline', start: null, end: '2026-11-30' },
    ]);
    expect(rows[0]?.windowText).toBe('15/10/2026');
  });

  it('builds a valid plan: no task lost, warnings never written into notes', async () => {
    const table = await readImportFile('phu-luc.xlsx', await sectionedWorkbook());
    const { plan, addedTasks } = planFromImport(table, 'phu-luc.xlsx', ((n) => () => `t${++n}`)(0), new Date(Date.UTC(2027, 0, 1)));
    expect(addedTasks).toBe(11);
    const parsed = parsePlan(plan);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(plan.tasks.map((t) => t.notes)).toEqual(Array(11).fill(''));
    const byId = new Map(plan.tasks.map((t) => [t.id, t]));
    expect(plan.tasks.map((t) => [t.position, t.wbs, t.parentId === null ? null : byId.get(t.parentId)?.wbs])).toEqual([
      [1, 'I', null],
      [2, '1', 'I'],
      [3, '2', 'I'],
      [4, 'II', null],
      [5, '1', 'II'],
      [6, '1.1', '1'],
      [7, '1.2', '1'],
      [8, '2', 'II'],
      [9, 'a', '2'],
      [10, 'b)', '2'],
      [11, '3', 'II'],
    ]);
    expect(plan.tasks[10]).toMatchObject({ windowStart: '2027-10-01', windowEnd: null });
    expect(plan.info).toMatchObject({ number: 'Số: 15/KH-SKHCN', placeAndDate: 'Hải Phòng, ngày 10 tháng 01 năm 2027', organisation: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' });
  });
});
