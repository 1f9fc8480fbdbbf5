/**
 * Issue 17 §3 end to end: progress entered against the status date that MS
 * Project would flag (an actual date after the status date, work done out of
 * sequence) is named in the task panel and kept by the "late only" filter.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../core/model';
import { createPlanFile } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;

const row = (stt: number) => app.page.locator('.task-row').nth(stt - 1);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-progress-'));
  const plan = createDefaultPlan();
  const order = tasksInOrder(plan);
  // Status date 15/04: task 1 is done, 2–4 not started; task 5 marked 100 % (out of sequence),
  // task 7 started "on 01/06", after the status date.
  const flagged: Plan = {
    ...plan,
    info: { ...plan.info, statusDate: '2026-04-15' },
    tasks: plan.tasks.map((t) =>
      t.id === order[0]!.id
        ? { ...t, percentComplete: 100 }
        : t.id === order[4]!.id
          ? { ...t, percentComplete: 100 }
          : t.id === order[6]!.id
            ? { ...t, percentComplete: 50, actualStart: '2026-06-01' }
            : t,
    ),
  };
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, flagged);
  app = await launchApp({ planPath: file });
  await row(1).waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('progress flagged against the status date', () => {
  it('the panel names out-of-sequence work and an actual date after the status date', async () => {
    const { page } = app;
    const panel = page.locator('.task-details');
    await row(5).locator('td[data-col="stt"]').click();
    await expect.poll(() => panel.locator('[data-fact="progressIssue"]').textContent()).toContain('không đúng trình tự');
    await saveScreenshot(page, 'progress-out-of-sequence');
    await row(7).locator('td[data-col="stt"]').click();
    await expect.poll(() => panel.locator('[data-fact="progressIssue"]').textContent()).toContain('Ngày thực tế sau ngày cập nhật');
    await row(1).locator('td[data-col="stt"]').click();
    await expect.poll(() => panel.locator('h2').textContent()).toMatch(/^STT 1\./);
    expect(await panel.locator('[data-fact="progressIssue"]').count()).toBe(0);
  });

  it('"late only" keeps the flagged tasks', async () => {
    const { page } = app;
    await page.locator('[data-filter-late]').check();
    await expect.poll(async () => (await page.locator('.task-row td[data-col="stt"]').allTextContents()).map((s) => s.trim())).toEqual(
      expect.arrayContaining(['5', '7']),
    );
    expect(await page.locator('.task-row td[data-col="stt"]').allTextContents()).not.toContain('1');
    await page.locator('[data-filter-late]').uncheck();
    expect(app.pageErrors).toEqual([]);
  });
});
