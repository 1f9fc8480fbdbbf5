/**
 * Issue 2 end to end: the default plan in a real SQLite file, shown by the
 * built renderer in Chromium through the real dispatcher.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { schedulePlan } from '../../core/schedule';
import { tasksInOrder, type Plan } from '../../core/model';
import { createPlanFile } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

const XSS_NAME = '<img src=x onerror="window.__pwned=1">';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-e2e-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the default plan as a Gantt chart', () => {
  let app: LaunchedApp;
  let plan: Plan;
  beforeAll(async () => {
    plan = createDefaultPlan();
    const file = path.join(dir, 'Ke-hoach-1049.tiendo');
    createPlanFile(file, plan);
    app = await launchApp({ planPath: file });
    await app.page.locator('.task-row').first().waitFor();
    await app.page.locator('.bar-wrapper').first().waitFor();
  });
  afterAll(() => app?.close());

  it('shows the plan title and 17 rows with the names exactly as written', async () => {
    const { page } = app;
    await expect.poll(() => page.locator('.plan-header h1').textContent()).toContain(
      'Kế hoạch triển khai thực hiện Quyết định số 1049/QĐ-UBND',
    );
    const names = await page.locator('.task-row .cell-name').allTextContents();
    expect(names).toEqual(tasksInOrder(plan).map((t) => t.name));
    expect(names[13]).toContain('Hoàn thiện hồ sơ trình TTCP theo chỉ đạo của Thường trực/BTV Thành ủy');
    const headers = await page.locator('.task-table thead th').allTextContents();
    expect(headers).toEqual([
      'STT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Thời gian thực hiện',
      'Bắt đầu',
      'Kết thúc',
      'Thời lượng', // issue 16: short headers so the table leaves the chart room; the full label is the tooltip
      '%',
    ]);
    const titles = await page.locator('.task-table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('title')));
    expect(titles.slice(-2)).toEqual(['Thời lượng (ngày làm việc)', '% hoàn thành']);
  });

  it('shows the default schedule dates as dd/mm/yyyy', async () => {
    const firstRow = app.page.locator('.task-row').nth(0).locator('.cell-date');
    expect(await firstRow.allTextContents()).toEqual(['01/04/2026', '07/04/2026']);
    const row9 = app.page.locator('.task-row').nth(8).locator('.cell-date');
    expect(await row9.allTextContents()).toEqual(['01/06/2026', '18/09/2026']);
    const row17 = app.page.locator('.task-row').nth(16).locator('.cell-date');
    expect(await row17.allTextContents()).toEqual(['18/05/2026', '31/12/2026']);
  });

  it('draws 17 bars with arrows, and the critical class on exactly the critical tasks', async () => {
    const { page } = app;
    expect(await page.locator('.bar-wrapper').count()).toBe(17);
    expect(await page.locator('.arrow, path.arrow, .arrow path').count()).toBeGreaterThanOrEqual(plan.links.length);
    const { order, result } = schedulePlan(plan);
    if (!result.ok) throw new Error('default plan must schedule');
    const expectedCritical = order.filter((_, i) => result.critical[i] === 1).map((t) => t.id).sort();
    const criticalIds = await page
      .locator('.bar-wrapper.is-critical')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    expect(criticalIds.sort()).toEqual(expectedCritical);
    expect(expectedCritical).toHaveLength(16);
    const sixteen = order[15]!;
    expect(criticalIds).not.toContain(sixteen.id);
  });

  it('lines up each table row with its bar, also after scrolling either side', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1400, height: 520 });
    const centreOffsets = async () => {
      const offsets: number[] = [];
      for (const index of [0, 8, 16]) {
        const row = await page.locator('.task-row').nth(index).boundingBox();
        const id = plan.tasks.find((t) => t.position === index + 1)!.id;
        const bar = await page.locator(`.bar-wrapper[data-id="${id}"] .bar`).boundingBox();
        if (!row || !bar) throw new Error('row or bar not laid out');
        offsets.push(Math.round(row.y + row.height / 2 - (bar.y + bar.height / 2)));
      }
      return offsets;
    };
    expect((await centreOffsets()).every((d) => Math.abs(d) <= 2)).toBe(true);
    await page.locator('.task-table').evaluate((el) => el.scrollTo({ top: 100 }));
    await expect.poll(() => page.locator('.gantt-container').evaluate((el) => el.scrollTop)).toBe(100);
    await page.locator('.task-row').nth(16).scrollIntoViewIfNeeded();
    await page.locator('.gantt-container').evaluate((el) => el.scrollTo({ top: 10_000 }));
    const tableTop = () => page.locator('.task-table').evaluate((el) => el.scrollTop);
    const chartTop = () => page.locator('.gantt-container').evaluate((el) => el.scrollTop);
    await expect.poll(tableTop).toBe(await chartTop());
    const last = await page.locator('.task-row').nth(16).boundingBox();
    const lastBar = await page.locator(`.bar-wrapper[data-id="${tasksInOrder(plan)[16]!.id}"] .bar`).boundingBox();
    expect(Math.abs(last!.y + last!.height / 2 - (lastBar!.y + lastBar!.height / 2))).toBeLessThanOrEqual(2);
    await page.locator('.task-table').evaluate((el) => el.scrollTo({ top: 0 }));
    await page.setViewportSize({ width: 1600, height: 900 });
  });

  it('shows a task’s details when its row is selected', async () => {
    const { page } = app;
    await page.locator('.task-row').nth(15).click();
    const panel = page.locator('.task-details');
    await expect.poll(() => panel.textContent()).toContain('Dự thảo Kế hoạch hành động của UBND TP');
    const text = (await panel.textContent()) ?? '';
    expect(await panel.locator('[data-field="window"]').inputValue()).toBe('Tháng 11-12/2026');
    expect(text).toContain('01/11/2026 – 31/12/2026');
    expect(await panel.locator('[data-field="deliverable"]').inputValue()).toBe('Dự thảo KHHĐ của UBND TP');
    expect(await panel.locator('.up-single .up-input').inputValue()).toBe('Đơn vị tư vấn');
    for (const unit of ['Phòng Quản lý Khoa học', 'Các sở, ngành, địa phương', 'tổ chức, đơn vị liên quan']) expect(text).toContain(unit);
    expect(text).toContain('9 ngày làm việc');
    expect(text).toContain('Bắt đầu sau khi STT 13 hoàn thành');
    await saveScreenshot(page, 'default-plan-week');
  });

  it('switches to Month and Day views with Vietnamese headers, and to English', async () => {
    const { page } = app;
    await page.locator('[data-view-mode="Month"]').click();
    await expect.poll(() => page.locator('.gantt-container').textContent()).toContain('Tháng 4/2026');
    await saveScreenshot(page, 'default-plan-month');
    await page.locator('[data-view-mode="Day"]').click();
    await expect.poll(() => page.locator('[data-view-mode="Day"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('.language-switch').click();
    await expect.poll(() => page.locator('.task-table thead th').nth(1).textContent()).toBe('Task');
    await page.locator('.language-switch').click();
    await page.locator('[data-view-mode="Week"]').click();
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a file that is not a plan with a Vietnamese message, leaving it and the open plan untouched', async () => {
    const bogus = path.join(dir, 'ghi-chu.tiendo');
    fs.writeFileSync(bogus, 'Đây không phải kế hoạch');
    const before = fs.readFileSync(bogus);
    const message = await app.page.evaluate(
      (p) => window.tiendo.openPlan(p).then(() => 'opened', (e: Error) => e.message),
      bogus,
    );
    expect(message).toContain('không phải tệp kế hoạch Tiến Độ');
    expect(fs.readFileSync(bogus).equals(before)).toBe(true);
    const still = await app.page.evaluate(() => window.tiendo.getPlan().then((p) => p.plan.tasks.length));
    expect(still).toBe(17);
  });
});

describe('untrusted text from a plan file', () => {
  it('renders a task named with HTML as text and never runs it', async () => {
    const plan = createDefaultPlan();
    const first = tasksInOrder(plan)[0]!;
    first.name = XSS_NAME;
    first.deliverable = '<script>window.__pwned=2</script>';
    const file = path.join(dir, 'hostile.tiendo');
    createPlanFile(file, plan);
    const app = await launchApp({ planPath: file });
    try {
      const { page } = app;
      await page.locator('.bar-wrapper').first().waitFor();
      await page.locator('.task-row').first().click();
      await expect.poll(() => page.locator('.task-details h2').textContent()).toContain(XSS_NAME);
      expect(await page.locator('.task-row .cell-name').first().textContent()).toBe(XSS_NAME);
      const label = await page.locator(`.bar-wrapper[data-id="${first.id}"] .bar-label`).textContent();
      expect(label).toContain(XSS_NAME);
      expect(await page.locator('img').count()).toBe(0);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
