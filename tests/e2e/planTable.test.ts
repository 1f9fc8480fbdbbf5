/**
 * Issue 5 (plan table) end to end: the built renderer in Chromium, its
 * window.tiendo bridged to the real db layer. The dialogs are not wired into
 * the toolbar yet, so the API is called from the page as the dialogs do;
 * the exported files are read back and compared with what the screen shows,
 * and an import is checked on screen after reloading.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult, PlanTableExport } from '../../core/api/features/planTable';
import { createDefaultPlan } from '../../core/defaultPlan';
import { createPlanFile } from '../../db/planStore';
import { createTestHost } from '../support/testHost';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

const XSS_NAME = '<img src=x onerror="window.__pwned=1">Tổng kết';
const PASTED =
  'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm\r\n' +
  `1\t"Báo cáo sơ kết\n6 tháng"\tphong quan ly khoa hoc\tVăn phòng Sở\tTháng 12/2026\tBáo cáo\r\n` +
  `2\t${XSS_NAME}\tVăn phòng Sở\t\tKhi có kinh phí\t\r\n`;

let dir: string;
let app: LaunchedApp;
const host = createTestHost();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-e2e-table-'));
  const planPath = createPlanFile(path.join(dir, 'Ke-hoach-1049.tiendo'), createDefaultPlan());
  app = await launchApp({ planPath, host });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('plan table export and import from the app', () => {
  it('exports an XLSX whose rows and dates are what the screen shows', async () => {
    const target = path.join(dir, 'Phu-luc-nhiem-vu.xlsx');
    host.saveAnswers.push(target);
    const result = await app.page.evaluate(() => window.tiendo.exportPlanTable({ format: 'xlsx', columns: ['start', 'finish'] }));
    expect(result).toEqual<PlanTableExport>({ path: target, bytes: fs.statSync(target).size });

    const screenNames = await app.page.locator('.task-row .cell-name').allTextContents();
    const screenDates = await app.page.locator('.task-row').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('.cell-date')].map((c) => c.textContent ?? '')),
    );
    const rows = await readSheet(target);
    const data = rows.slice(rows.findIndex((r) => r[0] === 'STT') + 1);
    expect(data.map((r) => r[1])).toEqual(screenNames);
    const asText = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10).split('-').reverse().join('/') : String(d));
    expect(data.map((r) => [asText(r[6]), asText(r[7])])).toEqual(screenDates);
  });

  it('exports DOCX and CSV with every task name', async () => {
    const docx = path.join(dir, 'Phu-luc.docx');
    const csv = path.join(dir, 'Phu-luc.csv');
    host.saveAnswers.push(docx, csv);
    await app.page.evaluate(() => window.tiendo.exportPlanTable({ format: 'docx', columns: [] }));
    await app.page.evaluate(() => window.tiendo.exportPlanTable({ format: 'csv', columns: ['critical'] }));
    const names = await app.page.locator('.task-row .cell-name').allTextContents();
    const { value: text } = await mammoth.extractRawText({ path: docx });
    for (const name of names) expect(text).toContain(name);
    const csvText = fs.readFileSync(csv, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    for (const name of names) expect(csvText).toContain(name.includes(',') ? `"${name}"` : name);
  });

  it('previews a pasted table, appends it, and shows the new rows (as text) after reloading', async () => {
    const { page } = app;
    const preview = await page.evaluate((text) => window.tiendo.previewImport({ kind: 'text', text }), PASTED);
    expect(preview).not.toBeNull();
    const { previewId, rows } = preview as ImportPreview;
    expect(rows.map((r) => [r.name, r.window, r.problems.length])).toEqual([
      ['Báo cáo sơ kết\n6 tháng', '01/12/2026 – 31/12/2026', 0],
      [XSS_NAME, 'Không đọc được', 2],
    ]);
    const result = (await page.evaluate((id) => window.tiendo.applyImport({ mode: 'append', previewId: id }), previewId)) as ImportResult;
    expect(result).toMatchObject({ mode: 'append', addedTasks: 2, undoable: true });

    await page.reload();
    await page.locator('.task-row').nth(18).waitFor(); // Playwright's wait: the reload may be slow on a busy machine
    expect(await page.locator('.task-row').count()).toBe(19);
    const names = await page.locator('.task-row .cell-name').allTextContents();
    expect(names.slice(17)).toEqual(['Báo cáo sơ kết\n6 tháng', XSS_NAME]);
    expect(await page.locator('.task-row').nth(17).locator('.cell-lead').textContent()).toBe('Phòng Quản lý Khoa học');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await saveScreenshot(page, 'plan-table-import');
    expect(app.pageErrors).toEqual([]);
  });
});
