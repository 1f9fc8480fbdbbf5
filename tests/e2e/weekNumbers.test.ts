/**
 * Issue 16 end to end: the optional ISO week numbers in the Week view's
 * header ("Số tuần": "Tuần 14" over "30/03–05/04"), remembered across a
 * reload, in English too, and only offered in the Week view.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { createPlanFile } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;

const weekTexts = () => app.page.locator('.tiendo-gantt .lower-text').allTextContents();
const toggle = () => app.page.locator('[data-week-numbers]');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-weeks-'));
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, createDefaultPlan());
  app = await launchApp({ planPath: file, viewport: { width: 1920, height: 1080 } });
  await app.page.locator('.bar-wrapper').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('week numbers in the Week view', () => {
  it('are off by default; "Số tuần" writes the ISO week over each week’s dates, kept across a reload', async () => {
    const { page } = app;
    expect(await page.locator('.tiendo-gantt').getAttribute('data-view')).toBe('Week');
    expect((await weekTexts()).slice(0, 2)).toEqual(['30/03–05/04', '06/04–12/04']);
    await toggle().click();
    await expect.poll(async () => (await weekTexts()).slice(0, 2)).toEqual(['Tuần 1430/03–05/04', 'Tuần 1506/04–12/04']);
    expect(await page.locator('.lower-text .week-number').first().textContent()).toBe('Tuần 14');
    expect(await toggle().getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: '/tmp/s16/week-numbers-1920.png' });
    await saveScreenshot(page, 'week-numbers-1920');
    await page.reload();
    await page.locator('.bar-wrapper').first().waitFor();
    expect(await page.locator('.lower-text .week-number').first().textContent()).toBe('Tuần 14');
  });

  it('across a year end: 28/12/2026 is week 53 of 2026, 04/01/2027 week 1 (ISO 8601)', async () => {
    const texts = await weekTexts();
    expect(texts).toContain('Tuần 5328/12–03/01');
  });

  it('in English "Week 14"; not offered outside the Week view; off again restores the plain dates', async () => {
    const { page } = app;
    await page.locator('.language-switch').click();
    await expect.poll(() => page.locator('.lower-text .week-number').first().textContent()).toBe('Week 14');
    await page.locator('.language-switch').click();
    await page.locator('[data-view-mode="Day"]').click();
    await expect.poll(() => toggle().isDisabled()).toBe(true);
    expect(await page.locator('.lower-text .week-number').count()).toBe(0);
    await page.locator('[data-view-mode="Week"]').click();
    await expect.poll(() => page.locator('.lower-text .week-number').count()).toBeGreaterThan(0);
    await toggle().click();
    await expect.poll(() => page.locator('.lower-text .week-number').count()).toBe(0);
    expect((await weekTexts())[0]).toBe('30/03–05/04');
    expect(app.pageErrors).toEqual([]);
  });
});
