/**
 * Issue 16 §1 end to end: text typed in the task panel or a table cell is
 * never lost. Every way of leaving the field — another row, a bar on the
 * chart, a toolbar button, a menu command, Ctrl+S, switching view or
 * language, closing the window — saves it first (a row in the plan file, an
 * entry in the change history that undo reverts); a refused value keeps the
 * field open with its message and nothing moves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../core/api/features/editing';
import { createDefaultPlan } from '../../core/defaultPlan';
import { MAX_NAME_LENGTH, tasksInOrder, type Plan } from '../../core/model';
import { openPlanDatabase } from '../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let file: string;
let app: LaunchedApp;

const saved = () => readPlan(app.session.db);
const taskAt = (plan: Plan, stt: number) => tasksInOrder(plan)[stt - 1]!;
const row = (stt: number) => app.page.locator('.task-row').nth(stt - 1);
const cell = (stt: number, col: string) => row(stt).locator(`td[data-col="${col}"]`);
const panel = () => app.page.locator('.task-details');
const field = (name: string) => panel().locator(`[data-field="${name}"]`);
const history = () => app.page.evaluate(() => window.tiendo.getHistory()) as Promise<HistoryEntry[]>;
const bar = (stt: number) => app.page.locator(`.bar-wrapper[data-id="${taskAt(saved(), stt).id}"] .bar`);

/** What Save wrote to the plan file itself (not the working copy). */
function onDisk(): Plan {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

/** Selects task `stt` and types `text` into its panel field, leaving the field focused and unsaved. */
async function typeInPanel(stt: number, name: string, text: string) {
  await cell(stt, 'stt').click();
  await expect.poll(() => panel().locator('h2').textContent()).toContain(`${stt}.`);
  await field(name).fill(text);
  expect(await field(name).evaluate((el) => el === document.activeElement)).toBe(true);
}

/** The note saved, once, as the last change, and Ctrl+Z takes it back. */
async function expectSavedAndUndoable(stt: number, notes: string) {
  await expect.poll(() => taskAt(saved(), stt).notes).toBe(notes);
  const entries = await history();
  expect(entries.filter((e) => !e.undone).length).toBe(1);
  await app.page.locator('[data-action="edit.undo"]').click();
  await expect.poll(() => taskAt(saved(), stt).notes).toBe('');
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-pending-'));
  file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, createDefaultPlan());
  app = await launchApp({ planPath: file, viewport: { width: 1600, height: 900 } });
  await row(1).waitFor();
});
afterEach(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the task panel saves typed text before the user goes elsewhere', () => {
  it('clicking another row in the table', async () => {
    await typeInPanel(3, 'notes', 'Chờ ý kiến Sở Tư pháp');
    await cell(5, 'name').click();
    await expect.poll(() => panel().locator('h2').textContent()).toContain('5.');
    await expectSavedAndUndoable(3, 'Chờ ý kiến Sở Tư pháp');
  });

  it('clicking another task’s bar on the chart', async () => {
    await typeInPanel(2, 'notes', 'Đã gửi công văn');
    await bar(4).scrollIntoViewIfNeeded();
    await bar(4).click();
    await expect.poll(() => panel().locator('h2').textContent()).toContain('4.');
    await expectSavedAndUndoable(2, 'Đã gửi công văn');
  });

  it('a toolbar button: the text is saved, then the command runs', async () => {
    await typeInPanel(6, 'notes', 'Thêm một bước sau đây');
    const count = saved().tasks.length;
    await app.page.locator('[data-action="task.add"]').click();
    await expect.poll(() => saved().tasks.length).toBe(count + 1);
    expect(taskAt(saved(), 6).notes).toBe('Thêm một bước sau đây');
    expect((await history()).map((h) => h.undone)).toEqual([false, false]);
  });

  it('a menu command (Lưu): the plan file on disk holds the text', async () => {
    await typeInPanel(7, 'notes', 'Lưu từ menu');
    await app.sendMenuCommand('file.save');
    await expect.poll(() => taskAt(onDisk(), 7).notes).toBe('Lưu từ menu');
    expect((await app.page.evaluate(() => window.tiendo.getDocumentState())).dirty).toBe(false);
  });

  it('Ctrl+S typed in the field itself', async () => {
    await typeInPanel(8, 'name', 'Tên mới của công việc 8');
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => taskAt(onDisk(), 8).name).toBe('Tên mới của công việc 8');
  });

  it('switching the view and the language', async () => {
    await typeInPanel(9, 'notes', 'Trước khi đổi chế độ xem');
    await app.page.locator('[data-view-mode="Month"]').click();
    await expect.poll(() => taskAt(saved(), 9).notes).toBe('Trước khi đổi chế độ xem');
    await field('deliverable').fill('Báo cáo');
    await app.page.locator('.language-switch').click();
    await expect.poll(() => taskAt(saved(), 9).deliverable).toBe('Báo cáo');
    await expect.poll(() => app.page.locator('.language-switch').textContent()).not.toBe('English');
  });

  it('closing the window: the text is saved first, so the unsaved-changes question is asked (Lưu writes it)', async () => {
    await typeInPanel(10, 'notes', 'Đóng cửa sổ khi đang gõ');
    const { mayClose, asked } = await app.requestClose([0]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.message).toContain('plan.tiendo');
    expect(mayClose).toBe(true);
    expect(taskAt(onDisk(), 10).notes).toBe('Đóng cửa sổ khi đang gõ');
  });

  it('a link’s lag typed and left by selecting another task', async () => {
    const task = tasksInOrder(saved()).findIndex((t) => saved().links.some((l) => l.successorId === t.id)) + 1;
    await cell(task, 'stt').click();
    const lag = panel().locator('[data-links="predecessors"] input.lag').first();
    await lag.fill('3');
    await cell(1, 'stt').click();
    await expect.poll(() => saved().links.filter((l) => l.successorId === taskAt(saved(), task).id).map((l) => l.lag)).toContain(3);
  });
});

describe('a refused value keeps its field open with the message', () => {
  it('a name too long: the panel stays on the task, the message shows, nothing is saved', async () => {
    const before = saved();
    await typeInPanel(4, 'name', 'x'.repeat(MAX_NAME_LENGTH + 1));
    await cell(6, 'stt').click();
    await expect.poll(() => panel().locator('.field-error').count()).toBeGreaterThan(0);
    expect(await panel().locator('h2').textContent()).toContain('4.');
    expect(await field('name').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(saved()).toEqual(before);
    // Esc gives the value up; then the user can go.
    await field('name').press('Escape');
    await cell(6, 'stt').click();
    await expect.poll(() => panel().locator('h2').textContent()).toContain('6.');
  });
});

describe('a table cell editor saves before the user goes elsewhere', () => {
  it('F2, typing, then clicking another row', async () => {
    await cell(3, 'name').click();
    await app.page.keyboard.press('F2');
    await cell(3, 'name').locator('input').fill('Tên sửa trong bảng');
    await cell(7, 'window').click();
    await expect.poll(() => taskAt(saved(), 3).name).toBe('Tên sửa trong bảng');
    expect(await app.page.locator('.cell-input').count()).toBe(0);
    expect((await history()).length).toBe(1);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => taskAt(saved(), 3).name).toBe(createDefaultPlanName(3));
  });

  it('selecting another task from the chart closes the editor, committing', async () => {
    await cell(5, 'duration').click();
    await app.page.keyboard.press('Enter');
    await cell(5, 'duration').locator('input').fill('12');
    await bar(2).scrollIntoViewIfNeeded();
    await bar(2).click();
    await expect.poll(() => taskAt(saved(), 5).duration).toBe(12);
    expect(await app.page.locator('.cell-input').count()).toBe(0);
    await expect.poll(() => panel().locator('h2').textContent()).toContain('2.');
  });

  it('a malformed date stays in its open editor with the message; the selection does not move', async () => {
    const before = saved();
    await cell(3, 'start').click();
    await app.page.keyboard.press('F2');
    await cell(3, 'start').locator('input').fill('31/02/2026');
    await cell(8, 'name').click();
    await expect.poll(() => cell(3, 'start').locator('.cell-error').textContent()).toContain('Ngày không hợp lệ');
    expect(await cell(3, 'start').locator('input').inputValue()).toBe('31/02/2026');
    expect(await row(8).getAttribute('aria-selected')).toBe('false');
    await app.sendMenuCommand('task.delete');
    expect(saved()).toEqual(before);
    const { mayClose, asked } = await app.requestClose([1]);
    expect([mayClose, asked]).toEqual([false, []]); // the window stays: the field says why
    expect(app.pageErrors).toEqual([]);
  });
});

function createDefaultPlanName(stt: number): string {
  return tasksInOrder(createDefaultPlan())[stt - 1]!.name;
}
