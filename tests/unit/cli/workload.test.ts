/** `tiendo workload` on the seed plan: text, JSON, the workbook and the CSV read back, and refusals that write nothing. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { parseCsv } from '../../../core/import/csv';
import { createPlanFile } from '../../../db/planStore';
import { snapshot, tempDir } from '../db/fixtures';
import { runTiendo } from './runTiendo';

function planFile(): { dir: string; plan: string } {
  const dir = tempDir();
  const plan = path.join(dir, 'Kế hoạch 1049.tiendo');
  const seed = createDefaultPlan();
  // An untrusted unit name that a spreadsheet would run as a formula.
  seed.units[1] = { ...seed.units[1]!, name: '=HYPERLINK("x")' };
  createPlanFile(plan, seed);
  return { dir, plan };
}

describe('tiendo workload', { timeout: 120_000 }, () => {
  it('prints the table and one JSON object with the hand-counted figures', () => {
    const { plan } = planFile();
    const text = runTiendo(['workload', plan]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Khối lượng theo đơn vị');
    // Phòng Quản lý Khoa học: April 2 · 2, May 1 · 3 … whole plan 7 · 9.
    expect(text.stdout).toMatch(/Phòng Quản lý Khoa học\s+2·2\s+1·3\s+1·1\s+1·1\s+1·1\s+1·2\s+1·1\s+1·4\s+1·2\s+7·9/);
    expect(text.stdout).toContain('đơn vị khác không có công việc.');

    const json = runTiendo(['workload', plan, '--json']);
    const report = JSON.parse(json.stdout) as { months: string[]; units: { name: string; lead: number[]; coordinate: number[] }[] };
    expect(report.months).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    const consultant = report.units.find((u) => u.name === 'Đơn vị tư vấn')!;
    expect(consultant.lead).toEqual([0, 1, 1, 1, 1, 2, 0, 3, 1]);
    expect(consultant.coordinate).toEqual([0, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('writes the workbook: months over Chủ trì / Phối hợp, one row per unit', async () => {
    const { dir, plan } = planFile();
    const out = path.join(dir, 'Khối lượng.xlsx');
    expect(runTiendo(['workload', plan, '--out', out])).toMatchObject({ status: 0, stdout: `${out}\n` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Khối lượng')!;
    expect(sheet.getCell('A3').value).toBe('STT');
    expect(sheet.getCell('B3').value).toBe('Đơn vị');
    expect(sheet.getCell('C3').value).toBe('Tháng 4/2026');
    expect(sheet.getCell('E3').value).toBe('Tháng 5/2026');
    expect([sheet.getCell('C4').value, sheet.getCell('D4').value]).toEqual(['Chủ trì', 'Phối hợp']);
    expect(sheet.getCell('S3').value).toBe('Tháng 12/2026');
    expect(sheet.getCell('U3').value).toBe('Cả kế hoạch');
    expect(sheet.getCell('B5').value).toBe('Phòng Quản lý Khoa học');
    expect([5, 6, 7, 8, 17, 18, 21, 22].map((c) => sheet.getRow(5).getCell(c).value)).toEqual([1, 3, 1, 1, 1, 4, 7, 9]);
    expect(sheet.getCell('B6').value).toBe('=HYPERLINK("x")'); // a text cell in the workbook, never a formula
    expect(sheet.getCell('B6').type).toBe(ExcelJS.ValueType.String);
  });

  it('writes the CSV in English with a BOM and the formula guard', () => {
    const { dir, plan } = planFile();
    const out = path.join(dir, 'workload.csv');
    expect(runTiendo(['workload', plan, '--out', out, '--lang', 'en']).status).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^No\.,Unit,Apr 2026 – lead,Apr 2026 – coordinating,May 2026 – lead,/);
    expect(lines[0]!.endsWith('Whole plan – lead,Whole plan – coordinating')).toBe(true);
    expect(lines[1]).toBe('1,Phòng Quản lý Khoa học,2,2,1,3,1,1,1,1,1,1,1,2,1,1,1,4,1,2,7,9');
    expect(lines[2]).toBe(`2,"'=HYPERLINK(""x"")",2,2,3,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,5,2`);
    const rows = parseCsv(text.slice(1));
    expect(rows.length).toBeGreaterThan(3);
  });

  it('refuses another extension and the input file as output, writing nothing', () => {
    const { dir, plan } = planFile();
    const before = snapshot(dir);
    expect(runTiendo(['workload', plan, '--out', path.join(dir, 'a.pdf')])).toMatchObject({ status: 2, stderr: expect.stringContaining('workload ghi tệp .xlsx hoặc .csv') });
    expect(runTiendo(['workload', plan, '--out', plan, '--format', 'csv', '--lang', 'en'])).toMatchObject({ status: 2, stderr: expect.stringContaining('The output file cannot be the input file.') });
    expect(runTiendo(['workload'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Thiếu tệp kế hoạch') });
    expect(snapshot(dir)).toEqual(before);
  });
});
