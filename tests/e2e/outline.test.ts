/**
 * Issue 11 end to end: the outline in the task table on a real plan file —
 * indent/outdent with Tab and Alt+Shift+arrows, collapse and expand, the
 * number column choice, undo, and the outline kept through save and reopen.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../core/model';
import { openPlanDatabase } from '../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let file: string;
let app: LaunchedApp;
let initial: Plan;

const saved = () => readPlan(app.session.db);
const id = (stt: number) => tasksInOrder(initial)[stt - 1]!.id;
const parentOf = (plan: Plan, stt: number) => plan.tasks.find((t) => t.id === id(stt))?.parentId ?? null;
const row = (n: number) => app.page.locator('.task-row').nth(n - 1);
const cell = (n: number, col: string) => row(n).locator(`td[data-col="${col}"]`);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-outline-'));
  initial = createDefaultPlan();
  file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, initial);
  app = await launchApp({ planPath: file });
  await row(1).waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the outline in the table', () => {
  it('Tab indents the selected tasks under the task above; the table shows 1, 1.1, 1.2 and a bold section', async () => {
    const { page } = app;
    await cell(2, 'stt').click();
    await cell(3, 'stt').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Tab');
    await expect.poll(() => parentOf(saved(), 3)).toBe(id(1));
    expect(parentOf(saved(), 2)).toBe(id(1));
    await expect.poll(() => cell(3, 'stt').textContent()).toBe('1.2');
    expect(await cell(4, 'stt').textContent()).toBe('2');
    expect(await row(1).getAttribute('class')).toContain('is-summary');
    expect(await row(2).getAttribute('data-depth')).toBe('1');
    await saveScreenshot(page, 'outline-indented');
  });

  it('collapses and expands a section; the chart hides the same rows and draws their links from the summary', async () => {
    const { page } = app;
    const rows = page.locator('.task-row');
    const bars = page.locator('.bar-wrapper');
    const before = await rows.count();
    const barsBefore = await bars.count();
    await row(1).locator('[data-outline-toggle]').click();
    await expect.poll(() => rows.count()).toBe(before - 2);
    await expect.poll(() => bars.count()).toBe(barsBefore - 2);
    expect(await page.locator(`.bar-wrapper[data-id="${id(2)}"]`).count()).toBe(0);
    // The link 3 → 4 of the default plan now runs from the collapsed section 1 to task 4.
    expect(initial.links.some((l) => l.predecessorId === id(3) && l.successorId === id(4))).toBe(true);
    await expect.poll(() => page.locator(`path[data-from="${id(1)}"][data-to="${id(4)}"]`).count()).toBe(1);
    expect(await cell(2, 'name').textContent()).toBe(initial.tasks.find((t) => t.id === id(4))!.name);
    await page.locator('[data-outline-all]').click(); // expand all
    await expect.poll(() => rows.count()).toBe(before);
  });

  it('Alt+Shift+← outdents, Ctrl+Z undoes it in one step', async () => {
    const { page } = app;
    await cell(3, 'stt').click();
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => parentOf(saved(), 3)).toBeNull();
    await expect.poll(() => cell(3, 'stt').textContent()).toBe('2');
    await page.keyboard.press('Control+z');
    await expect.poll(() => parentOf(saved(), 3)).toBe(id(1));
    await expect.poll(() => cell(3, 'stt').textContent()).toBe('1.2');
  });

  it('keeps the outline through save and reopen', async () => {
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => {
      const db = openPlanDatabase(file, { readOnly: true });
      try {
        return parentOf(readPlan(db), 2);
      } finally {
        db.close();
      }
    }).toBe(id(1));
  });

  it('Delete on a section asks first; declining keeps it, accepting deletes the section in one undo step', async () => {
    const { page } = app;
    const count = () => saved().tasks.length;
    const total = count();
    await cell(1, 'stt').click();
    const messages: string[] = [];
    page.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await page.keyboard.press('Delete');
    await expect.poll(() => messages.length).toBe(1);
    expect(messages[0]).toContain('xoá cả các công việc con trong mục (3 công việc)');
    expect(count()).toBe(total);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.keyboard.press('Delete');
    await expect.poll(count).toBe(total - 3);
    await page.keyboard.press('Control+z');
    await expect.poll(count).toBe(total);
    expect(parentOf(saved(), 3)).toBe(id(1));
  });

  it('drags a row onto a section: it becomes the section’s first subtask, in one undo step', async () => {
    const { page } = app;
    // Section 1 holds tasks 2 and 3 (from the tests above); drag task 5 onto it.
    expect(parentOf(saved(), 5)).toBeNull();
    await row(5).locator('td[data-col="stt"]').dragTo(row(1).locator('td[data-col="name"]'));
    await expect.poll(() => parentOf(saved(), 5)).toBe(id(1));
    const order = () => tasksInOrder(saved()).map((t) => t.id);
    expect(order().slice(0, 4)).toEqual([id(1), id(5), id(2), id(3)]);
    await expect.poll(() => cell(2, 'stt').textContent()).toBe('1.1');
    // Dropped on a task, a row goes right after it at its level.
    await row(6).locator('td[data-col="stt"]').dragTo(row(3).locator('td[data-col="name"]'));
    await expect.poll(() => order().indexOf(tasksInOrder(initial)[5]!.id)).toBe(3);
    expect(parentOf(saved(), 6)).toBe(id(1));
    await page.keyboard.press('Control+z');
    await expect.poll(() => parentOf(saved(), 6)).toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => parentOf(saved(), 5)).toBeNull();
  });
});
