/**
 * Issue 16 end to end: Ctrl+wheel over the chart changes the scale (wheel up:
 * Tháng → Tuần → Ngày, down: back) and keeps the date under the pointer
 * under the pointer; a plain wheel still just scrolls.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../core/model';
import { createPlanFile } from '../../db/planStore';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let plan: Plan;

const view = () => app.page.locator('.tiendo-gantt').getAttribute('data-view');
const barBox = async (stt: number) => (await app.page.locator(`.bar-wrapper[data-id="${tasksInOrder(plan)[stt - 1]!.id}"] .bar`).boundingBox())!;

async function ctrlWheel(deltaY: number) {
  await app.page.keyboard.down('Control');
  await app.page.mouse.wheel(0, deltaY);
  await app.page.keyboard.up('Control');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-zoom-'));
  plan = createDefaultPlan();
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, plan);
  app = await launchApp({ planPath: file, viewport: { width: 1440, height: 900 } });
  await app.page.locator('.bar-wrapper').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Ctrl+wheel over the chart', () => {
  it('zooms in to Ngày with the day under the pointer kept under it, out to Tuần and Tháng, and stops at the ends', async () => {
    const { page } = app;
    expect(await view()).toBe('Week');
    // The pointer on 04/05/2026, task 5's first day (13 px a day in Week view: 6 px in is 0.46 of that day).
    const week = await barBox(5);
    const x = week.x + 6;
    const y = week.y + week.height / 2;
    await page.mouse.move(x, y);
    await ctrlWheel(-100);
    await expect.poll(view).toBe('Day');
    // Day view, 30 px a day: the bar starts 0.46 day (≈ 14 px) left of the pointer.
    const day = await barBox(5);
    expect(x - day.x).toBeGreaterThan(6);
    expect(x - day.x).toBeLessThan(22);

    await ctrlWheel(-100); // already the most detailed scale
    await page.waitForTimeout(100);
    expect(await view()).toBe('Day');

    await ctrlWheel(100);
    await expect.poll(view).toBe('Week');
    const back = await barBox(5);
    expect(Math.abs(back.x + 6 - x)).toBeLessThan(3);
    // The toolbar follows.
    expect(await page.locator('[data-view-mode="Week"]').getAttribute('class')).toContain('active');

    // Tháng, 3 px a day: 04/05 is 99 px from the chart's start, left of the pointer: the chart goes back to its start (it cannot scroll further).
    await ctrlWheel(100);
    await expect.poll(view).toBe('Month');
    const month = await barBox(5);
    expect(await page.locator('.gantt-container').evaluate((el) => el.scrollLeft)).toBe(0);
    expect(month.x).toBeLessThan(x);
    await ctrlWheel(100); // already the least detailed scale
    await page.waitForTimeout(100);
    expect(await view()).toBe('Month');
  });

  it('a plain wheel scrolls and leaves the scale alone', async () => {
    const { page } = app;
    await page.locator('[data-view-mode="Day"]').click();
    await expect.poll(view).toBe('Day');
    const before = await page.locator('.gantt-container').evaluate((el) => el.scrollLeft);
    const body = (await page.locator('.gantt-container').boundingBox())!;
    await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
    await page.mouse.wheel(300, 0);
    await expect.poll(() => page.locator('.gantt-container').evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    expect(await view()).toBe('Day');
    expect(app.pageErrors).toEqual([]);
  });
});
