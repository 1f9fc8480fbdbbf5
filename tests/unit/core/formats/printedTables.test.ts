/**
 * Issue 16 §4: the appendix prints cleanly. DOCX column widths come from the
 * content (no word of a cell breaks, "Găng" and "Tháng 10/2026" included),
 * rows never split across pages; XLSX rows are tall enough for their
 * wrapped text. Read back from the files' XML with jszip, not the writers.
 */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../../core/export/fontMetrics';
import { DOCX_TEXT_WIDTH, planTableDocx, planTableXlsx } from '../../../../core/formats';
import { XLSX_HEADER_ROW } from '../../../../core/formats/planTableXlsx';
import { defaultPlanWithSchedule, zipPart } from './support';

const ALL_COLUMNS = ['start', 'finish', 'percentComplete', 'critical', 'late'] as const;

describe('the Word appendix with computed columns', async () => {
  const { plan } = defaultPlanWithSchedule();
  const doc = await zipPart(await planTableDocx(plan, { columns: [...ALL_COLUMNS] }), 'word/document.xml');
  const grid = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const header = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm', 'Bắt đầu', 'Kết thúc', '% hoàn thành', 'Găng', 'Trễ (ngày làm việc)'];
  /** Twips a word needs in 13 pt Times New Roman (≥ 85 % of Noto Sans) plus the cell margins (80 + 80). */
  const need = (word: string, bold = false) => 0.85 * textWidth(word, 13, bold ? 600 : 400) * 20 + 160;

  it('gives every column room for its longest word', () => {
    expect(grid).toHaveLength(header.length);
    const windowColumn = header.indexOf('Thời gian thực hiện');
    const windows = plan.tasks.map((t) => t.windowText);
    expect(windows).toContain('Tháng 10/2026');
    // Word breaks a line after a hyphen, never inside "10/2026".
    for (const text of windows) for (const word of text.split(/\s+|(?<=-)/)) expect(grid[windowColumn]!).toBeGreaterThanOrEqual(need(word));
    // The task names keep the widest column.
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(grid[header.indexOf('Găng')]!).toBeGreaterThanOrEqual(need('Găng', true));
    expect(grid[header.indexOf('Bắt đầu')]!).toBeGreaterThanOrEqual(need('30/12/2026'));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(DOCX_TEXT_WIDTH);
  });

  it('never splits a row across pages', () => {
    const rows = doc.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(18);
    for (const row of rows) expect(row).toMatch(/<w:trPr>[\s\S]*<w:cantSplit\/>[\s\S]*<\/w:trPr>/);
  });
});

describe('the Excel appendix', async () => {
  const { plan } = defaultPlanWithSchedule();
  const sheet = await zipPart(await planTableXlsx(plan), 'xl/worksheets/sheet1.xml');
  const heights = new Map([...sheet.matchAll(/<row r="(\d+)"[^>]*\sht="([\d.]+)"[^>]*customHeight="1"/g)].map((m) => [Number(m[1]), Number(m[2])]));

  it('sets a height on every task row, taller where the text wraps onto more lines', () => {
    const byPosition = [...plan.tasks].sort((a, b) => a.position - b.position);
    for (let i = 0; i < byPosition.length; i++) expect(heights.get(XLSX_HEADER_ROW + 1 + i)).toBeGreaterThanOrEqual(15.75);
    // Task 14's name (about 190 characters) wraps onto several lines in a 42-character column; task 1 fits on one.
    const long = heights.get(XLSX_HEADER_ROW + 14)!;
    const short = heights.get(XLSX_HEADER_ROW + 1)!;
    expect(byPosition[13]!.name.length).toBeGreaterThan(150);
    expect(long).toBeGreaterThanOrEqual(4 * 15.75);
    expect(short).toBeLessThan(long);
  });
});
