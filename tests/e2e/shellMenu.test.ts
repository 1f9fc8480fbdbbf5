/**
 * Menu commands in the built renderer (real Chromium, real db layer): the
 * harness delivers them as electron/bridge.ts does, and the page runs them
 * as the toolbar would. Outcomes are checked in the plan file. The page
 * also tells the shell its language (setUiLanguage → the host).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { openPlanDatabase } from '../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let file: string;
let app: LaunchedApp;

const rows = () => app.page.locator('.task-row').count();
const notice = () => app.page.locator('.notice-banner span').textContent();
const workingCopy = () => readPlan(app.session.db);
function onDisk() {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-menu-'));
  file = createPlanFile(path.join(dir, 'Ke-hoach-1049.tiendo'), createDefaultPlan());
  app = await launchApp({ planPath: file });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('menu commands in the page', () => {
  it('the page reports its language to the shell, and again when it changes', async () => {
    await expect.poll(() => app.host.menuLanguages).toEqual(['vi']);
    await app.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => app.host.menuLanguages).toEqual(['vi', 'en']);
    await app.page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => app.host.menuLanguages).toEqual(['vi', 'en', 'vi']);
  });

  it('Thêm công việc and Hoàn tác from the menu change the plan file, once each', async () => {
    expect(await rows()).toBe(17);
    await app.sendMenuCommand('task.add');
    await expect.poll(rows).toBe(18);
    expect(workingCopy().tasks).toHaveLength(18);
    await app.sendMenuCommand('edit.undo');
    await expect.poll(rows).toBe(17);
    expect(workingCopy().tasks).toHaveLength(17);
    await app.sendMenuCommand('edit.redo');
    await expect.poll(rows).toBe(18);
  });

  it('Lưu writes the working copy to the file and says so', async () => {
    expect(onDisk().tasks).toHaveLength(17);
    await app.sendMenuCommand('file.save');
    await expect.poll(notice).toBe('Đã lưu Ke-hoach-1049.tiendo.');
    expect(onDisk().tasks).toHaveLength(18);
    await app.sendMenuCommand('file.save');
    await expect.poll(notice).toBe('Không có thay đổi nào cần lưu.');
  });

  it('Gửi bản sao… writes a copy where the user chose', async () => {
    const copy = path.join(dir, 'Ban-gui.tiendo');
    app.host.saveAnswers.push(copy);
    await app.sendMenuCommand('file.sendCopy');
    // The page asks first (with or without the edit history), then the save dialog.
    await app.page.getByRole('button', { name: 'Chọn nơi lưu…' }).click();
    await expect.poll(notice).toBe(`Đã lưu bản sao gửi đồng nghiệp: ${copy}`);
    expect(fs.existsSync(copy)).toBe(true);
    expect(app.host.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Ke-hoach-1049 (bản gửi).tiendo' });
  });

  it('Chỉ công việc găng toggles the critical filter', async () => {
    await app.sendMenuCommand('view.criticalOnly');
    await expect.poll(rows).toBeLessThan(18);
    expect(await rows()).toBeGreaterThan(0);
    await app.sendMenuCommand('view.criticalOnly');
    await expect.poll(rows).toBe(18);
  });

  it('while a dialog is open the menu’s plan commands wait', async () => {
    await app.sendMenuCommand('dialog.units');
    await app.page.locator('[role="dialog"]').first().waitFor();
    await app.sendMenuCommand('task.add');
    await app.page.waitForTimeout(300);
    expect(workingCopy().tasks).toHaveLength(18);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('[role="dialog"]').count()).toBe(0);
  });

  it('Hoàn tác while typing in a field undoes the typing, not the plan', async () => {
    const filter = app.page.locator('[data-filter-text]');
    await filter.click();
    await app.page.keyboard.type('abc');
    await app.sendMenuCommand('edit.undo');
    await expect.poll(() => filter.inputValue()).not.toBe('abc');
    expect(workingCopy().tasks).toHaveLength(18);
    await filter.fill('');
  });

  it('ids that are not commands are dropped without an error', async () => {
    for (const bad of ['task.explode', 'constructor', '']) await app.sendMenuCommand(bad);
    await app.page.waitForTimeout(100);
    expect(workingCopy().tasks).toHaveLength(18);
    expect(app.pageErrors).toEqual([]);
  });
});
