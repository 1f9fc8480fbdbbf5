/**
 * CSV: bytes checked directly, then parsed back by an independent RFC 4180
 * parser (@fast-csv/parse, shipped with exceljs) and by our own importer.
 */
import { parseString } from '@fast-csv/parse';
import { describe, expect, it } from 'vitest';
import { guardFormula, planTableCsv, planTableRows, cellText } from '../../../../core/formats';
import { parseCsv } from '../../../../core/import/csv';
import { defaultPlanWithSchedule } from './support';

function parseIndependently(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text.replace(/^\uFEFF/, ''), { headers: false })
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

describe('planTableCsv', () => {
  const { plan } = defaultPlanWithSchedule();

  it('is UTF-8 with a BOM and CRLF line ends', () => {
    const bytes = new TextEncoder().encode(planTableCsv(plan));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')).toHaveLength(19); // header + 17 rows + the empty piece after the last CRLF
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF (the default plan has no multi-line cell)
    expect(text.startsWith('\uFEFFSTT,Nội dung công việc,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian thực hiện,Sản phẩm\r\n')).toBe(true);
  });

  it('parses back to the same cells, including a name with a comma, a quote and a line break', async () => {
    const odd = structuredClone(plan);
    const task = odd.tasks.find((t) => t.position === 2)!;
    task.name = 'Họp "khởi động", thống nhất\nphương pháp; tiến độ';
    task.deliverable = 'Biên bản\r\nhọp';
    const options = { columns: ['start', 'finish', 'percentComplete', 'critical', 'late'] as const };
    const text = planTableCsv(odd, { columns: [...options.columns] });
    const expected = (() => {
      const table = planTableRows(odd, { columns: [...options.columns] });
      return [table.header, ...table.rows.map((r) => r.map(cellText))];
    })();
    const independent = await parseIndependently(text);
    expect(independent).toEqual(expected);
    expect(independent[2]?.[1]).toBe('Họp "khởi động", thống nhất\nphương pháp; tiến độ');
    expect(independent[1]?.slice(6, 8)).toEqual(['01/04/2026', '07/04/2026']);
    expect(parseCsv(text)).toEqual(expected);
  });

  it('guards cells a spreadsheet would run as formulas, and our reader undoes it exactly', async () => {
    const hostile = structuredClone(plan);
    const names = ['=HYPERLINK("http://x","bấm")', '+84 912', '-5 ngày', '@SUM(A1)', '\tẩn', "'=đã có nháy", 'Bình thường = không sao'];
    names.forEach((name, i) => {
      hostile.tasks.find((t) => t.position === i + 1)!.name = name;
    });
    const text = planTableCsv(hostile, { columns: ['percentComplete'] });
    const cells = await parseIndependently(text);
    expect(cells.slice(1, 8).map((r) => r[1])).toEqual([
      `'=HYPERLINK("http://x","bấm")`,
      "'+84 912",
      "'-5 ngày",
      "'@SUM(A1)",
      "'\tẩn",
      "''=đã có nháy",
      'Bình thường = không sao',
    ]);
    // Numbers we write ourselves are not prefixed.
    expect(cells[1]?.[0]).toBe('1');
    expect(cells[1]?.[6]).toBe('0');
    expect(parseCsv(text).slice(1, 8).map((r) => r[1])).toEqual(names);
    expect(guardFormula('Tháng 4/2026')).toBe('Tháng 4/2026');
  });
});
