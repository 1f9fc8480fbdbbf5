/**
 * Issue 13 §3 end to end: "Báo cáo tiến độ…" from the menu, in the built
 * renderer in Chromium, through the real dispatcher and handlers: the A4 PDF
 * printed from the report's print view (one page, pdftotext has the plan's
 * figures), the Word document, the 16:9 slide PNG drawn in the page, and the
 * English report grouped by lead unit.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../db/planStore';
import { reportScenario } from '../unit/core/report/reportPlans';
import { ARTIFACTS_DIR, launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
const oneLine = (s: string) => s.replace(/[ \t]+/g, ' ');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-report-'));
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(dir, 'Ke-hoach-1049.tiendo');
  createPlanFile(file, reportScenario());
  app = await launchApp({ planPath: file, printToPdf: true });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function exportTo(target: string): Promise<string> {
  app.host.saveAnswers.push(target);
  await app.page.getByRole('button', { name: 'Xuất', exact: true }).click();
  const status = app.page.locator('.pr-status', { hasNotText: 'Đang tạo' });
  await status.waitFor({ timeout: 90_000 });
  return (await status.textContent()) ?? '';
}

describe('the progress report from the app', { timeout: 240_000 }, () => {
  it('opens from the Xuất menu with the figures of the plan and saves the A4 page as one PDF page', async () => {
    await app.sendMenuCommand('file.progressReport');
    const dialog = app.page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('[data-report-summary]').textContent()).toContain('10/17 công việc đã hoàn thành, 6 trễ hạn; dự kiến hoàn thành 17/02/2027.');
    expect(await dialog.locator('[data-report-summary]').textContent()).toContain('Tính đến ngày cập nhật 03/12/2026.');
    await app.page.locator('.pr-preview').waitFor();
    await saveScreenshot(app.page, 'progress-report-dialog');

    const pdf = path.join(dir, 'Báo cáo.pdf');
    expect(await exportTo(pdf)).toBe(`Đã lưu ${pdf}`);
    expect(app.host.printed.at(-1)).toMatchObject({ pageSize: 'A4', landscape: false });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = oneLine(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Dự kiến hoàn thành ngày 17/02/2027, chậm 34 ngày làm việc so với hạn chót 31/12/2026.');
    expect(text).toMatch(/17\s+10\s+1\s+6\s+6\s*\n\s*Tổng số công việc/);
    expect(text).toMatch(/11 Tổ chức xin ý kiến các bộ.*Phòng Quản lý Khoa học 50 17\/12\/2026 24/);
    execFileSync('pdftoppm', ['-r', '110', '-png', '-singlefile', pdf, path.join(ARTIFACTS_DIR, 'progress-report-page')]);
  });

  it('saves the Word document and the 16:9 slide', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
    await dialog.getByLabel('Văn bản Word (.docx)').check();
    const docx = path.join(dir, 'Báo cáo.docx');
    expect(await exportTo(docx)).toBe(`Đã lưu ${docx}`);
    const { value } = await mammoth.extractRawText({ path: docx });
    expect(value).toContain('Tổng số 17 công việc: đã hoàn thành 10; đang thực hiện 1; chưa bắt đầu 6; trễ hạn 6.');

    await dialog.getByLabel('Trang trình chiếu 16:9 (PNG)').check();
    await saveScreenshot(app.page, 'progress-report-dialog-slide');
    const png = path.join(dir, 'Trình chiếu.png');
    expect(await exportTo(png)).toBe(`Đã lưu ${png}`);
    const image = PNG.sync.read(fs.readFileSync(png));
    expect([image.width, image.height]).toEqual([2560, 1440]);
  });

  it('makes the English report grouped by lead unit', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
    await dialog.getByLabel('Một trang A4 (PDF)').check();
    await dialog.getByLabel('Ngôn ngữ của báo cáo').selectOption('en');
    await dialog.getByLabel('Theo đơn vị chủ trì').check();
    const pdf = path.join(dir, 'report.pdf');
    expect(await exportTo(pdf)).toBe(`Đã lưu ${pdf}`);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = oneLine(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('PROGRESS REPORT');
    expect(text).toContain('By lead unit');
    expect(text).toMatch(/Đơn vị tư vấn 5 2 0 3 3/);
    expect(app.pageErrors).toEqual([]);
  });
});
