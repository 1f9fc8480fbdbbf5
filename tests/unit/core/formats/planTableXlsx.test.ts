/**
 * The XLSX export read back with a different library (read-excel-file) than
 * the writer (exceljs), and its sheet XML checked for the layout promises.
 */
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { planTableXlsx, XLSX_HEADER_ROW } from '../../../../core/formats';
import { defaultPlanWithSchedule, utcDate, zipPart } from './support';

const ALL = ['start', 'finish', 'percentComplete', 'critical', 'late'] as const;

describe('planTableXlsx', () => {
  const { plan, names, starts, finishes } = defaultPlanWithSchedule();

  it('reads back as the appendix: header texts, 17 rows of exact Vietnamese text, real dates equal to the schedule', async () => {
    const bytes = await planTableXlsx(plan, { columns: [...ALL] });
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[0]?.[0]).toBe('PHỤ LỤC NHIỆM VỤ CỤ THỂ');
    expect(String(rows[1]?.[0])).toMatch(/^\(Kèm theo Kế hoạch số .*\)$/);
    const headerAt = rows.findIndex((r) => r[0] === 'STT');
    expect(headerAt).toBe(XLSX_HEADER_ROW - 1);
    expect(rows[headerAt]).toEqual([
      'STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm',
      'Bắt đầu', 'Kết thúc', '% hoàn thành', 'Găng', 'Trễ (ngày làm việc)',
    ]);
    const data = rows.slice(headerAt + 1);
    expect(data).toHaveLength(17);
    expect(data.map((r) => r[0])).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(data.map((r) => r[1])).toEqual(names);
    expect(data[7]?.slice(2, 6)).toEqual([
      'Đơn vị tư vấn',
      'Các phòng, đơn vị; Các sở, ngành, địa phương; tổ chức, đơn vị liên quan',
      'Tháng 5-9/2026',
      'Các hồ sơ Dự thảo Đề án',
    ]);
    for (const [i, row] of data.entries()) {
      expect(row[6], `Bắt đầu STT ${i + 1}`).toBeInstanceOf(Date);
      expect(row[6]).toEqual(utcDate(starts[i]!));
      expect(row[7]).toEqual(utcDate(finishes[i]!));
    }
    expect(data[8]?.[6]).toEqual(utcDate('2026-06-01'));
    expect(data[16]?.[7]).toEqual(utcDate('2026-12-31'));
  });

  it('freezes the header, filters it, repeats it on print, and prints A4 landscape with dd/mm/yyyy dates', async () => {
    const bytes = await planTableXlsx(plan, { columns: ['start', 'finish'] });
    const sheet = await zipPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(new RegExp(`<pane [^>]*ySplit="${XLSX_HEADER_ROW}"[^>]*state="frozen"`));
    expect(sheet).toContain(`<autoFilter ref="A${XLSX_HEADER_ROW}:H${XLSX_HEADER_ROW + 17}"/>`);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheet).toMatch(/<col min="2" max="2" width="42"/);
    const workbook = await zipPart(bytes, 'xl/workbook.xml');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Phụ lục&apos;!$${XLSX_HEADER_ROW}:$${XLSX_HEADER_ROW}</definedName>`);
    const styles = await zipPart(bytes, 'xl/styles.xml');
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
    expect(styles).toContain('wrapText="1"');
    // A date is a whole serial number (no time part): 01/04/2026 is day 46113 in Excel's 1900 system.
    expect(sheet).toMatch(/<c r="G5" s="\d+"><v>46113<\/v><\/c>/);
  });

  it('keeps hostile text as text and strips characters that would corrupt the file', async () => {
    const hostile = structuredClone(plan);
    const task = hostile.tasks.find((t) => t.position === 1)!;
    task.name = '<script>alert("x")</script> & =1+1 \u0001\u0008 kết thúc';
    task.deliverable = '"Sản phẩm"\ncó hai dòng';
    const rows = await readSheet(Buffer.from(await planTableXlsx(hostile)));
    const first = rows[XLSX_HEADER_ROW]!;
    expect(first[1]).toBe('<script>alert("x")</script> & =1+1  kết thúc');
    expect(first[5]).toBe('"Sản phẩm"\ncó hai dòng');
  });
});
