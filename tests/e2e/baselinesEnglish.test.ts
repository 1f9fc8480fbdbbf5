/** The baseline dialog, columns, toggle and history label in English (issue 13 §1; Vietnamese in baselines.test.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdit } from '../../core/edits';
import { makeFixturePlan } from '../unit/db/fixtures';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-baselines-en-'));
  // Baseline 0 saved on 02/01/2026, then task 1 made 3 days longer.
  const ctx = { newId: () => 'unused', today: '2026-01-02' };
  const plan = applyEdit(applyEdit(makeFixturePlan(), { op: 'saveBaseline', index: 0 }, ctx), { op: 'updateTask', taskId: 't-1', changes: { duration: 8 } }, ctx);
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, plan);
  app = await launchApp({ planPath: file, language: 'en', viewport: { width: 1600, height: 900 } });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('baselines in English', { timeout: 120_000 }, () => {
  it('saves baseline 1 from the toolbar’s dialog; the columns compare with baseline 0, worded in English', async () => {
    const { page } = app;
    await page.locator('[data-action="plan.saveBaseline"]').click();
    const dialog = page.getByRole('dialog', { name: 'Save baseline' });
    await dialog.waitFor();
    expect(await dialog.locator('select[name="index"]').inputValue()).toBe('1');
    expect(await dialog.locator('select[name="index"] option').first().textContent()).toBe('0 — Kế hoạch được duyệt (saved 02/01/2026)');
    await dialog.locator('input[name="name"]').fill('Revised in January');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(readPlan(app.session.db).baselines!.map((b) => [b.index, b.name])).toEqual([[0, 'Kế hoạch được duyệt'], [1, 'Revised in January']]);
    // The columns compare with the approved baseline (0): task 1 now ends 3 working days later.
    const first = page.locator('.task-row').first();
    await expect.poll(() => first.locator('td[data-col="variance"]').textContent()).toBe('+3');
    expect(await first.locator('td[data-col="variance"]').getAttribute('title')).toBe('Finishes 3 working days later than the baseline');
    expect(await page.locator('th[data-col="baseFinish"]').textContent()).toBe('Baseline finish');
    expect(await page.locator('[data-view-baseline]').isChecked()).toBe(true);
    expect(await page.locator('.legend').textContent()).toContain('Baseline');
    await page.screenshot({ path: '/tmp/b3-baselines-en.png' });
    expect(app.pageErrors).toEqual([]);
  });
});
