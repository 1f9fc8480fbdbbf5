/**
 * Issue 16 §2–§3 end to end: the whole plan fits in view and the chart shows
 * what slipped. At 1440×900 the default plan, in Month view, shows all of
 * Apr–Dec with nothing selected (no details panel); a finish pushed to
 * 14/01/2027 widens the chart (not clipped), marks the task late in the
 * table and draws the "Hạn chót" line; while filtered the status bar says
 * "n / 17". Screenshots of each go to test-artifacts/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder } from '../../core/model';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
const row = (stt: number) => app.page.locator('.task-row').nth(stt - 1);
const cell = (stt: number, col: string) => row(stt).locator(`td[data-col="${col}"]`);
const TASKS = createDefaultPlan().tasks.length;

/** The chart body's visible x-range and the x of a day's start, from the drawn header. */
async function visibleDays() {
  return app.page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.gantt-container')!;
    const deadline = document.querySelector('.deadline-line');
    return { left: body.scrollLeft, width: body.clientWidth, deadlineX: deadline ? Number(deadline.getAttribute('x1')) : null };
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-view-'));
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, createDefaultPlan());
  app = await launchApp({ planPath: file, viewport: { width: 1440, height: 900 } });
  await row(1).waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the whole plan in view', () => {
  it('at 1440×900 in Month view all of 01/04–31/12/2026 is visible, with no details panel until a task is selected', async () => {
    const { page } = app;
    expect(await page.locator('.task-details').count()).toBe(0);
    await page.locator('[data-view-mode="Month"]').click();
    await expect.poll(() => page.locator('.tiendo-gantt').getAttribute('data-view')).toBe('Month');
    const view = await visibleDays();
    expect(view.left).toBe(0); // the chart opens at the plan's start (01/04/2026 is x = 0)
    expect(view.deadlineX).not.toBeNull();
    expect(view.deadlineX!).toBeLessThanOrEqual(view.left + view.width); // the end of 31/12/2026 is in view
    await saveScreenshot(page, 'view-1440-month');
    await cell(5, 'stt').click();
    await expect.poll(() => page.locator('.task-details').count()).toBe(1);
    await page.locator('[data-details-hide]').click();
    expect(await page.locator('.task-details').count()).toBe(0);
    await page.locator('[data-details-show]').click();
    expect(await page.locator('.task-details').count()).toBe(1);
  });

  it('"Vừa khung" picks the scale that shows the whole plan; "Hôm nay" scrolls to today', async () => {
    const { page } = app;
    await page.locator('[data-view-mode="Day"]').click();
    await expect.poll(() => page.locator('.tiendo-gantt').getAttribute('data-view')).toBe('Day');
    await page.locator('[data-chart-fit]').click();
    await expect.poll(() => page.locator('.tiendo-gantt').getAttribute('data-view')).toBe('Month');
    await expect.poll(async () => (await visibleDays()).left).toBe(0);
    await page.locator('[data-view-mode="Week"]').click();
    await page.locator('[data-chart-today]').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const body = document.querySelector<HTMLElement>('.gantt-container')!;
          const x = Number(document.querySelector('.today-line')?.getAttribute('x1'));
          return x >= body.scrollLeft && x <= body.scrollLeft + body.clientWidth;
        }),
      )
      .toBe(true);
  });
});

describe('what slipped', () => {
  it('a finish pushed to 14/01/2027: the chart follows it, the task is marked late, the deadline line is drawn', async () => {
    const { page } = app;
    const last = 15; // the example: task 15 pushed past the deadline
    await cell(last, 'finish').click();
    await page.keyboard.press('F2');
    await cell(last, 'finish').locator('input').fill('14/01/2027');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(last, 'finish').textContent()).toContain('14/01/2027');
    const task = tasksInOrder(readPlan(app.session.db))[last - 1]!;
    const geometry = await page.evaluate((id) => {
      const bar = document.querySelector(`.bar-wrapper[data-id="${id}"] .bar`)!;
      const svg = document.querySelector<SVGSVGElement>('.gantt-container svg')!;
      return { barEnd: Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')), chartWidth: svg.width.baseVal.value };
    }, task.id);
    expect(geometry.barEnd).toBeLessThanOrEqual(geometry.chartWidth);
    expect(await page.locator('.deadline-line').count()).toBe(1);
    expect(await page.locator('.legend').textContent()).toContain('Trễ hạn');
    expect(await page.locator('.legend').textContent()).toContain('Hạn chót');
    await expect.poll(() => page.locator('[data-testid="plan-finish"]').textContent()).toContain('14/01/2027');
    await page.locator('[data-view-mode="Week"]').click();
    await saveScreenshot(page, 'view-1440-week-late');
  });

  it('late tasks are tinted in the table with "trễ n" before the name; filtered, the status bar says n / 17', async () => {
    const { page } = app;
    await page.locator('[data-filter-late]').check();
    const lateRows = await page.locator('.task-row').count();
    expect(lateRows).toBeGreaterThan(0);
    expect(lateRows).toBeLessThan(TASKS);
    // Late against its window: tinted, with the days (the late filter also keeps tasks flagged by the status date).
    const late = await page.locator('.task-row.is-late').count();
    expect(late).toBeGreaterThan(0);
    expect(await page.locator('.task-row.is-late .late-badge').count()).toBe(late);
    expect(await page.locator('.task-row.is-late .late-badge').first().textContent()).toMatch(/^trễ \d+$/);
    expect(await page.locator('[data-testid="task-count"]').textContent()).toBe(`${lateRows} / ${TASKS} công việc`);
    await saveScreenshot(page, 'view-1440-filtered');
    await page.locator('[data-filter-late]').uncheck();
    expect(await page.locator('[data-testid="task-count"]').textContent()).toBe(`${TASKS} công việc`);
  });

  it('at 1920×1080 too (screenshots)', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('[data-view-mode="Month"]').click();
    await saveScreenshot(page, 'view-1920-month');
    await page.locator('[data-view-mode="Week"]').click();
    await saveScreenshot(page, 'view-1920-week');
    expect(app.pageErrors).toEqual([]);
  });
});
