/**
 * Issue 13 §1 end to end: "Lưu kế hoạch gốc" from the menu saves baseline 0
 * in the plan file; the table's Bắt đầu (gốc) / Kết thúc (gốc) / Chênh lệch
 * columns and the chart's thin grey bars appear; task 6 moved two weeks later
 * shows +10 in red (its successors too), the earlier tasks 0; opening the
 * dialog on a saved index warns before replacing; the toggle hides the bars.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { isoFromLocalDate } from '../../core/dates';
import { tasksInOrder, type Plan } from '../../core/model';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let initial: Plan;

const saved = () => readPlan(app.session.db);
const id = (stt: number) => tasksInOrder(initial)[stt - 1]!.id;
const row = (stt: number) => app.page.locator(`.task-row[data-id="${id(stt)}"]`);
const cell = (stt: number, col: string) => row(stt).locator(`td[data-col="${col}"]`);
const dialog = () => app.page.getByRole('dialog', { name: 'Lưu kế hoạch gốc' });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-baselines-'));
  initial = createDefaultPlan();
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, initial);
  app = await launchApp({ planPath: file, viewport: { width: 1600, height: 900 } });
  await row(1).waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Lưu kế hoạch gốc', { timeout: 120_000 }, () => {
  it('saves the approved baseline from the menu: in the file, columns and grey bars shown', async () => {
    const { page } = app;
    expect(await page.locator('td[data-col="variance"]').count()).toBe(0); // optional columns, hidden at first
    await app.sendMenuCommand('plan.saveBaseline');
    await dialog().waitFor();
    expect(await dialog().locator('select[name="index"]').inputValue()).toBe('0');
    expect(await dialog().locator('input[name="name"]').inputValue()).toBe('Kế hoạch được duyệt');
    expect(await dialog().locator('[data-testid="baseline-overwrite"]').count()).toBe(0);
    await page.screenshot({ path: '/tmp/b3-save-baseline-dialog.png' });
    await dialog().getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => dialog().count()).toBe(0);

    const baseline = saved().baselines![0]!;
    expect(baseline).toMatchObject({ index: 0, name: 'Kế hoạch được duyệt', savedOn: isoFromLocalDate(new Date()) });
    expect(baseline.tasks).toHaveLength(initial.tasks.length);
    expect(await cell(6, 'baseStart').textContent()).toBe('18/05/2026');
    expect(await cell(6, 'baseFinish').textContent()).toBe('22/05/2026');
    expect(await cell(6, 'variance').textContent()).toBe('0');
    expect(await page.locator('[data-view-baseline]').isChecked()).toBe(true);
    await expect.poll(() => page.locator(`.baseline-bar[data-id="${id(6)}"]`).count()).toBe(1);
    expect(await page.locator(`.baseline-bar[data-id="${id(6)}"]`).getAttribute('data-start')).toBe('2026-05-18');
  });

  it('task 6 moved two weeks later: +10 in red for it and its successors, 0 before it; the grey bar stays', async () => {
    const { page } = app;
    await cell(6, 'start').click();
    await page.keyboard.press('F2');
    await cell(6, 'start').locator('input').fill('01/06/2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(6, 'variance').textContent()).toBe('+10');
    expect(await cell(6, 'variance').getAttribute('class')).toContain('is-behind');
    expect(await cell(6, 'variance').getAttribute('title')).toBe('Kết thúc muộn 10 ngày làm việc so với kế hoạch gốc');
    expect(await cell(15, 'variance').textContent()).toBe('+10');
    expect(await cell(5, 'variance').textContent()).toBe('0');
    expect(await cell(5, 'variance').getAttribute('class')).not.toContain('is-behind');
    expect(await cell(6, 'baseStart').textContent()).toBe('18/05/2026');
    expect(await cell(6, 'start').textContent()).toBe('01/06/2026');
    // The grey bar keeps the baseline's dates, under the moved bar (which starts two weeks to its right).
    const grey = await page.locator(`.baseline-bar[data-id="${id(6)}"]`).boundingBox();
    const bar = await page.locator(`.bar-wrapper[data-id="${id(6)}"] .bar`).first().boundingBox();
    expect(grey && bar).toBeTruthy();
    expect(grey!.x).toBeLessThan(bar!.x - 20);
    expect(grey!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
    expect(grey!.height).toBeLessThan(bar!.height / 3);
    await row(6).locator('.cell-stt').click();
    await page.locator('[data-details-hide]').click();
    expect(await page.locator('.legend').textContent()).toContain('Kế hoạch gốc');
    await saveScreenshot(page, 'baselines-variance');
    await page.screenshot({ path: '/tmp/b3-baselines.png' });
    // Task 5 did not move: its grey bar lies right under its bar, as long.
    const grey5 = (await page.locator(`.baseline-bar[data-id="${id(5)}"]`).boundingBox())!;
    const bar5 = (await page.locator(`.bar-wrapper[data-id="${id(5)}"] .bar`).first().boundingBox())!;
    await page.screenshot({ path: '/tmp/b3-baselines-zoom.png', clip: { x: bar5.x - 10, y: bar5.y - 6, width: 190, height: 40 } });
    expect(Math.abs(grey5.x - bar5.x)).toBeLessThan(2);
    expect(Math.abs(grey5.width - bar5.width)).toBeLessThan(2);
    expect(grey5.y).toBeGreaterThanOrEqual(bar5.y + bar5.height - 1);
  });

  it('opening the dialog again offers the next index; choosing 0 warns it will be replaced; Esc keeps it', async () => {
    const { page } = app;
    await page.locator('[data-action="plan.saveBaseline"]').click();
    await dialog().waitFor();
    expect(await dialog().locator('select[name="index"]').inputValue()).toBe('1');
    expect(await dialog().locator('input[name="name"]').inputValue()).toBe('Kế hoạch gốc 1');
    await dialog().locator('select[name="index"]').selectOption('0');
    const today = isoFromLocalDate(new Date()).split('-').reverse().join('/');
    expect(await dialog().locator('[data-testid="baseline-overwrite"]').textContent()).toBe(
      `Kế hoạch gốc số 0 (“Kế hoạch được duyệt”, lưu ngày ${today}) sẽ được thay bằng lịch hiện tại.`,
    );
    expect(await dialog().getByRole('button', { name: 'Thay thế' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/b3-save-baseline-overwrite.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(saved().baselines!.map((b) => b.index)).toEqual([0]);
  });

  it('the toggle hides the grey bars and shows them again; the variance stays in the table', async () => {
    const { page } = app;
    await page.locator('[data-view-baseline]').uncheck();
    await expect.poll(() => page.locator('.baseline-bar').count()).toBe(0);
    expect(await cell(6, 'variance').textContent()).toBe('+10');
    await app.sendMenuCommand('view.baseline');
    await expect.poll(() => page.locator('.baseline-bar').count()).toBeGreaterThan(0);
  });

  it('the timeline export draws the grey bars when the chart shows them (SVG saved from the dialog)', async () => {
    const { page } = app;
    await app.sendMenuCommand('file.exportTimeline');
    const exportDialog = page.getByRole('dialog', { name: 'Xuất biểu đồ tiến độ' });
    await exportDialog.waitFor();
    expect(await exportDialog.locator('input[name="baseline"]').isChecked()).toBe(true);
    await exportDialog.getByLabel('Ảnh vectơ SVG').check();
    const target = path.join(dir, 'goc.svg');
    app.host.saveAnswers.push(target);
    await exportDialog.getByRole('button', { name: 'Xuất', exact: true }).click();
    await exportDialog.locator('.tx-status[role="status"]').waitFor({ timeout: 60_000 });
    const svg = fs.readFileSync(target, 'utf8');
    expect(svg).toContain(`data-baseline="${id(6)}"`);
    expect(svg).toContain('Kế hoạch gốc');
    await page.screenshot({ path: '/tmp/b3-export-dialog.png' });
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });
});
