/**
 * Issue 4 end to end: editing in the table and the task panel, keyboard,
 * undo/redo and filters, with every change checked in the plan file.
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
const taskAt = (plan: Plan, stt: number) => tasksInOrder(plan)[stt - 1]!;
const row = (stt: number) => app.page.locator('.task-row').nth(stt - 1);
const cell = (stt: number, col: string) => row(stt).locator(`td[data-col="${col}"]`);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-edit-'));
  initial = createDefaultPlan();
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, initial);
  app = await launchApp({ planPath: file });
  await row(1).waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('editing in the table', () => {
  it('edits a window text in place; the file holds it and the panel shows the parsed dates', async () => {
    const { page } = app;
    await cell(5, 'window').click();
    await page.keyboard.press('Enter');
    const input = cell(5, 'window').locator('input');
    await input.fill('Tháng 5-6/2026');
    await input.press('Enter');
    await expect.poll(() => cell(5, 'window').textContent()).toBe('Tháng 5-6/2026');
    const task5 = taskAt(saved(), 5);
    expect(task5.windowText).toBe('Tháng 5-6/2026');
    expect([task5.windowStart, task5.windowEnd]).toEqual(['2026-05-01', '2026-06-30']);
    await row(5).click();
    await expect.poll(() => page.locator('.task-details').textContent()).toContain('01/05/2026 – 30/06/2026');
  });

  it('refuses a malformed date at the field and changes nothing', async () => {
    const { page } = app;
    const before = saved();
    await cell(3, 'start').click();
    await page.keyboard.press('F2');
    const input = cell(3, 'start').locator('input');
    await input.fill('31/02/2026');
    await input.press('Enter');
    await expect.poll(() => cell(3, 'start').locator('.cell-error').textContent()).toContain('Ngày không hợp lệ');
    await input.press('Escape');
    expect(saved()).toEqual(before);
    expect(await cell(3, 'start').textContent()).toBe('15/04/2026');
  });

  it('moves with the arrow keys, starts editing by typing, and Esc cancels', async () => {
    const { page } = app;
    await cell(2, 'duration').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => cell(3, 'duration').getAttribute('class')).toContain('is-active');
    await page.keyboard.type('7');
    await expect.poll(() => cell(3, 'duration').locator('input').inputValue()).toBe('7');
    await page.keyboard.press('Escape');
    expect(taskAt(saved(), 3).duration).toBe(5);
    await page.keyboard.press('Enter');
    await cell(3, 'duration').locator('input').fill('-3');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(3, 'duration').locator('.cell-error').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(taskAt(saved(), 3).duration).toBe(5);
  });

  it('adds, links, deletes and undoes a task, with Ctrl+Z / Ctrl+Y', async () => {
    const { page } = app;
    const tasksBefore = saved().tasks.length;
    await row(3).locator('td[data-col="stt"]').click();
    await page.locator('[data-action="task.add"]').click();
    await expect.poll(() => page.locator('.task-row').count()).toBe(tasksBefore + 1);
    const created = taskAt(saved(), 4);
    expect(saved().tasks.length).toBe(tasksBefore + 1);
    // Name it in place.
    await cell(4, 'name').click();
    await page.keyboard.press('Enter');
    await cell(4, 'name').locator('input').fill('Họp rà soát tiến độ');
    await page.keyboard.press('Enter');
    await expect.poll(() => taskAt(saved(), 4).name).toBe('Họp rà soát tiến độ');
    // Select task 3, then Ctrl-click the new task, and link them (Ctrl+L): 3 → 4 finish-to-start.
    await row(3).locator('td[data-col="stt"]').click();
    await row(4).locator('td[data-col="stt"]').click({ modifiers: ['Control'] });
    await page.keyboard.press('Control+l');
    await expect.poll(() => saved().links.some((l) => l.predecessorId === taskAt(saved(), 3).id && l.successorId === created.id)).toBe(true);
    // Delete it (Delete key), then undo: the task and its link come back.
    await row(4).locator('td[data-col="stt"]').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => saved().tasks.length).toBe(tasksBefore);
    await page.keyboard.press('Control+z');
    await expect.poll(() => saved().tasks.length).toBe(tasksBefore + 1);
    expect(saved().links.some((l) => l.successorId === created.id)).toBe(true);
    await page.keyboard.press('Control+y');
    await expect.poll(() => saved().tasks.length).toBe(tasksBefore);
    await saveScreenshot(page, 'editing-after-redo');
  });

  it('names the cycle when a link would create one, and changes nothing', async () => {
    const { page } = app;
    const before = saved();
    await row(14).locator('td[data-col="stt"]').click();
    const panel = page.locator('.task-details');
    await panel.locator('[data-link-new-stt]').fill('15');
    await panel.locator('[data-link-add]').click();
    await expect.poll(() => panel.locator('.field-error').first().textContent()).toMatch(/vòng lặp/i);
    const message = (await panel.locator('.field-error').first().textContent()) ?? '';
    expect(message).toContain('14.');
    expect(message).toContain('15.');
    expect(saved()).toEqual(before);
  });
});

describe('filters', () => {
  it('shows only the tasks a unit leads or coordinates', async () => {
    const { page } = app;
    const plan = saved();
    const consultant = plan.units.find((u) => u.name === 'Đơn vị tư vấn')!;
    const expected = tasksInOrder(plan).filter((t) => t.leadUnitId === consultant.id || t.coordinatingUnitIds.includes(consultant.id));
    await page.locator('[data-filter-unit]').selectOption(consultant.id);
    await expect.poll(() => page.locator('.task-row').count()).toBe(expected.length);
    expect(await page.locator('.bar-wrapper').count()).toBe(expected.length);
    expect(await page.locator('.task-row .cell-name').allTextContents()).toEqual(expected.map((t) => t.name));
    await page.locator('[data-filter-unit]').selectOption('');
  });

  it('filters by text without diacritics (Ctrl+F), and critical only', async () => {
    const { page } = app;
    await page.locator('.task-table').click();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('hoi thao');
    await expect.poll(() => page.locator('.task-row .cell-name').allTextContents()).toEqual([
      'Tổ chức các hội thảo lấy ý kiến chuyên gia, nhà khoa học',
    ]);
    await page.keyboard.press('Escape');
    await page.locator('[data-filter-critical]').check();
    const critical = await page.locator('.task-row').count();
    expect(critical).toBe(await page.locator('.bar-wrapper.is-critical').count());
    expect(await page.locator('.task-row .cell-name').allTextContents()).not.toContain('Dự thảo Kế hoạch hành động của UBND TP triển khai Quyết định của TTCP');
    await page.locator('[data-filter-critical]').uncheck();
    expect(app.pageErrors).toEqual([]);
  });
});
