/**
 * Issue 13 §2 end to end: "Cập nhật tiến độ" on the default plan — tasks 1–10
 * done as planned (from the task menu), task 11 at 50 % (from the menu), as of
 * 03/12/2026 — then the table marks task 11 "trễ 24" and the status bar
 * counts 6 late, the progress report's figures. Checks read the plan file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../core/model';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let initial: Plan;

const saved = () => readPlan(app.session.db);
const id = (stt: number) => tasksInOrder(initial)[stt - 1]!.id;
const row = (stt: number) => app.page.locator(`.task-row[data-id="${id(stt)}"]`);
const percentOf = (stt: number) => saved().tasks.find((t) => t.id === id(stt))!.percentComplete;
const dialog = () => app.page.getByRole('dialog', { name: 'Cập nhật tiến độ' });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-update-progress-'));
  initial = createDefaultPlan();
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, initial);
  app = await launchApp({ planPath: file, viewport: { width: 1440, height: 900 } });
  await row(1).waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function setStatusDate(text: string) {
  const field = dialog().locator('input[name="statusDate"]');
  await field.fill(text);
}

describe('Cập nhật tiến độ', { timeout: 120_000 }, () => {
  it('tasks 1–10 done as planned, from the task menu: one saved edit, status date 03/12/2026', async () => {
    const { page } = app;
    await row(1).locator('.cell-stt').click();
    await row(10).locator('.cell-stt').click({ modifiers: ['Shift'] });
    await row(5).locator('.cell-name').click({ button: 'right' });
    await page.locator('[data-menu-item="task.updateProgress"]').click();
    await dialog().waitFor();
    expect(await dialog().locator('[data-testid="up-tasks"]').textContent()).toBe('Cho 10 công việc đã chọn: STT 1–10');
    await setStatusDate('03/12/2026');
    expect(await dialog().getByRole('radio', { name: /Hoàn thành theo kế hoạch/ }).isChecked()).toBe(true);
    await saveScreenshot(page, 'update-progress-dialog');
    await page.screenshot({ path: '/tmp/p3-update-progress-dialog.png' });
    await dialog().getByRole('button', { name: 'Cập nhật', exact: true }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(saved().info.statusDate).toBe('2026-12-03');
    expect(Array.from({ length: 10 }, (_, i) => percentOf(i + 1))).toEqual(Array(10).fill(100));
  });

  it('task 11 at 50 % from the menu: the table marks it “trễ 24”, the status bar counts 6 late', async () => {
    const { page } = app;
    await row(11).locator('.cell-stt').click();
    await app.sendMenuCommand('task.updateProgress');
    await dialog().waitFor();
    expect(await dialog().locator('input[name="statusDate"]').inputValue()).toBe('03/12/2026');
    await dialog().locator('input[name="percent"]').fill('50');
    expect(await dialog().getByRole('radio', { name: /% hoàn thành tại ngày cập nhật/ }).isChecked()).toBe(true);
    await dialog().getByRole('button', { name: 'Cập nhật', exact: true }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(percentOf(11)).toBe(50);

    await expect.poll(() => row(11).locator('.late-badge').textContent()).toBe('trễ 24');
    expect(await row(12).locator('.late-badge').textContent()).toBe('trễ 14');
    expect(await row(10).locator('.late-badge').count()).toBe(0);
    expect(await page.locator('[data-testid="late-count"]').textContent()).toBe('6 trễ');
    expect(await page.locator('[data-testid="progress-counts"]').textContent()).toBe('Đến 03/12/2026: 10 xong, 1 đang làm · 6 trễ');
    // The panel of 11: planned 100 % by 03/12, 24 working days late against the plan (34 against its window end).
    const panel = page.locator('.task-details');
    expect(await panel.locator('[data-fact="plannedPercent"] dd').textContent()).toBe('100%');
    expect(await panel.locator('[data-fact="lateStatus"] dd').textContent()).toBe('24 ngày làm việc');
    expect(await panel.locator('[data-fact="lateOwn"] dd').textContent()).toBe('34 ngày làm việc');
    // The chart marks the status date (a line at the start of 03/12), the legend names it.
    expect(await page.locator('.status-date-line').getAttribute('data-date')).toBe('2026-12-03');
    expect(await page.locator('.legend').textContent()).toContain('Ngày cập nhật');
    expect(await page.locator(`.bar-wrapper[data-id="${id(11)}"] > title`).textContent()).toContain('Trễ so với kế hoạch đến ngày cập nhật');
    await page.locator('[data-filter-late]').check();
    await expect.poll(async () => (await page.locator('.task-row .cell-stt').allTextContents()).map((s) => s.trim())).toEqual(['11', '12', '13', '14', '15', '16']);
    await saveScreenshot(page, 'update-progress-late-marks');
    await page.screenshot({ path: '/tmp/p3-update-progress-late.png' });
    await page.locator('[data-filter-late]').uncheck();
  });

  it('from the toolbar: refuses 100 % for a task planned to finish after the status date, in the dialog; Esc closes; one Ctrl+Z undoes 11', async () => {
    const { page } = app;
    await row(15).locator('.cell-stt').click();
    await page.locator('[data-action="task.updateProgress"]').click(); // the toolbar's button
    await dialog().waitFor();
    await dialog().getByRole('radio', { name: /% hoàn thành tại ngày cập nhật/ }).check();
    await dialog().locator('input[name="percent"]').fill('100');
    await dialog().getByRole('button', { name: 'Cập nhật', exact: true }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toContain('STT 15: ngày kết thúc thực tế sẽ là 31/12/2026, sau ngày cập nhật 03/12/2026.');
    await page.screenshot({ path: '/tmp/p3-update-progress-refused.png' });
    expect(percentOf(15)).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => percentOf(11)).toBe(0);
    expect(percentOf(10)).toBe(100);
    expect(app.pageErrors).toEqual([]);
  });

  it('dời phần việc còn lại: 12, not started and planned from 02/11, starts no earlier than the status date', async () => {
    await row(12).locator('.cell-stt').click();
    await app.sendMenuCommand('task.updateProgress');
    await dialog().waitFor();
    await dialog().getByRole('radio', { name: /Dời phần việc còn lại sau ngày cập nhật/ }).check();
    await dialog().getByRole('button', { name: 'Cập nhật', exact: true }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => saved().tasks.find((t) => t.id === id(12))!.startNoEarlierThan).toBe('2026-12-03');
    expect(percentOf(12)).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
