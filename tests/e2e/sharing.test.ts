/**
 * Issue 6 in the page (built renderer in Chromium, real db layer): Ctrl+S
 * writes the original file; a colleague's save behind our back opens the
 * merge dialog and the chosen value wins; the change history lists our
 * edits; a copy to send leaves the history out; a plan left unsaved comes
 * back through the recovery dialog on the next start. Outcomes are read
 * from the files on disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../core/model';
import { hasEditHistory } from '../../db/document/changes';
import { applyEditToFile } from '../../db/editing/applyEditToFile';
import { openPlanDatabase } from '../../db/openPlanFile';
import { createPlanFile, readPlan } from '../../db/planStore';
import { PlanSession } from '../../db/session';
import { createTestHost } from '../support/testHost';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let file: string;
let app: LaunchedApp;
/** Task 2's name in the default plan, before our first edit. */
let originalName2: string;

const taskAt = (plan: Plan, stt: number) => tasksInOrder(plan)[stt - 1]!;
const row = (stt: number) => app.page.locator('.task-row').nth(stt - 1);
const cell = (stt: number, col: string) => row(stt).locator(`td[data-col="${col}"]`);
const notice = () => app.page.locator('.notice-banner span').textContent();
const unsavedMarker = () => app.page.locator('[data-unsaved]').count();

/** The plan as the file on disk holds it, read through the checked opener (read-only, nothing written). */
function onDisk(planFile = file): Plan {
  const db = openPlanDatabase(planFile, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

async function editCell(stt: number, col: string, value: string): Promise<void> {
  await cell(stt, col).click();
  await app.page.keyboard.press('Enter');
  const input = cell(stt, col).locator('input');
  await input.fill(value);
  await input.press('Enter');
  await expect.poll(() => cell(stt, col).locator('input').count()).toBe(0);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-sharing-'));
  file = createPlanFile(path.join(dir, 'Ke-hoach-1049.tiendo'), createDefaultPlan());
  app = await launchApp({ planPath: file });
  await row(1).waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('saving and colleagues in the page', () => {
  it('an edit shows "Chưa lưu"; Ctrl+S writes the original file, with no companions, and clears the marker', async () => {
    expect(await unsavedMarker()).toBe(0);
    originalName2 = taskAt(onDisk(), 2).name;
    await editCell(2, 'name', 'Xây dựng dự thảo (bản sửa)');
    await expect.poll(unsavedMarker).toBe(1);
    expect(await app.page.locator('[data-unsaved]').textContent()).toContain('Chưa lưu');
    expect(taskAt(onDisk(), 2).name).toBe(originalName2);

    await app.page.keyboard.press('Control+s');
    await expect.poll(notice).toBe('Đã lưu Ke-hoach-1049.tiendo.');
    await expect.poll(unsavedMarker).toBe(0);
    expect(taskAt(onDisk(), 2).name).toBe('Xây dựng dự thảo (bản sửa)');
    expect(fs.readdirSync(dir).filter((n) => /-(journal|wal|shm)$/u.test(n))).toEqual([]);
  });

  it('a colleague saved the same task meanwhile: Ctrl+S shows both names, "theirs" wins, our other field stays', async () => {
    const stt = 3;
    const taskId = taskAt(onDisk(), stt).id;
    const ourDuration = taskAt(onDisk(), stt).duration + 4;
    // The colleague opens the same file (taking over our lock), renames task 3 and saves.
    const lan = createTestHost({ user: 'Trần Thị Lan', computer: 'MAY-LAN' });
    const colleague = new PlanSession({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-lan-')), identity: lan });
    colleague.open(file, { mode: 'anyway' });
    applyEditToFile(colleague, { op: 'updateTask', taskId, changes: { name: 'Tên do chị Lan sửa' } }, { user: lan.userName(), computer: lan.computerName(), at: new Date() });
    expect(colleague.save().status).toBe('saved');
    colleague.close();

    await editCell(stt, 'name', 'Tên do tôi sửa');
    await editCell(stt, 'duration', String(ourDuration));
    await app.page.keyboard.press('Control+s');

    const dialog = app.page.getByRole('dialog', { name: 'Gộp thay đổi — chọn phiên bản' });
    await dialog.waitFor();
    const conflict = dialog.getByRole('row', { name: /Công việc STT 3/u });
    await expect.poll(() => conflict.textContent()).toContain('Tên do tôi sửa');
    expect(await conflict.textContent()).toContain('Tên do chị Lan sửa');
    await saveScreenshot(app.page, 'sharing-merge-conflicts');
    expect(taskAt(onDisk(), stt).name).toBe('Tên do chị Lan sửa'); // nothing written before the choice

    await dialog.getByRole('radio', { name: /Tên: Của người kia/u }).click();
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(notice).toBe('Đã lưu Ke-hoach-1049.tiendo (đã gộp thay đổi của đồng nghiệp).');
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    const saved = taskAt(onDisk(), stt);
    expect(saved.name).toBe('Tên do chị Lan sửa');
    expect(saved.duration).toBe(ourDuration);
    await expect.poll(() => cell(stt, 'name').textContent()).toContain('Tên do chị Lan sửa');
    await expect.poll(unsavedMarker).toBe(0);
  });

  it('the change history lists our edit with who, old → new; an undone edit is greyed; the filter ignores diacritics', async () => {
    const before = String(taskAt(onDisk(), 4).duration);
    await editCell(4, 'duration', '9');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => cell(4, 'duration').textContent()).toBe(before);

    await app.page.locator('[data-action="dialog.changes"]').click();
    const dialog = app.page.getByRole('dialog', { name: 'Lịch sử thay đổi' });
    await dialog.locator('.changes-table').waitFor();
    const renamed = dialog.locator('tbody tr', { hasText: 'Xây dựng dự thảo (bản sửa)' }).filter({ hasText: 'Tên' }).first();
    const text = await renamed.textContent();
    expect(text).toContain('Nguyễn Văn Kiểm @ MAY-KIEM-THU');
    expect(text).toContain(`${originalName2} → Xây dựng dự thảo (bản sửa)`);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/u);
    const undone = dialog.locator('tbody tr.change-undone');
    await expect.poll(() => undone.count()).toBeGreaterThan(0);
    expect(await undone.first().textContent()).toContain('đã hoàn tác');
    await saveScreenshot(app.page, 'sharing-changes');

    const all = await dialog.locator('tbody tr').count();
    await dialog.getByRole('searchbox').fill('ban sua');
    await expect.poll(() => dialog.locator('tbody tr').count()).toBeLessThan(all);
    for (const r of await dialog.locator('tbody tr').allTextContents()) expect(r).toContain('bản sửa');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByRole('dialog').count()).toBe(0);
  });

  it('Gửi bản sao… asks first; by default the copy carries no edit history', async () => {
    const copy = path.join(dir, 'Ban-gui.tiendo');
    app.host.saveAnswers.push(copy);
    await app.sendMenuCommand('file.sendCopy');
    const dialog = app.page.getByRole('dialog', { name: 'Gửi bản sao cho đồng nghiệp' });
    await dialog.waitFor();
    expect(await dialog.getByRole('checkbox', { name: /Không kèm lịch sử chỉnh sửa/u }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Chọn nơi lưu…' }).click();
    await expect.poll(notice).toBe(`Đã lưu bản sao gửi đồng nghiệp: ${copy}`);
    const db = openPlanDatabase(copy, { readOnly: true });
    try {
      expect(hasEditHistory(db) && (db.prepare('SELECT count(*) AS n FROM edit_history').get() as { n: number }).n > 0).toBe(false);
      expect(taskAt(readPlan(db), 3).name).toBe('Tên do chị Lan sửa');
    } finally {
      db.close();
    }
    expect(app.pageErrors).toEqual([]);
  });
});

describe('recovery at start', () => {
  it('a plan closed without saving is offered on the next start; Khôi phục brings the edit back', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-recovery-'));
    const planFile = createPlanFile(path.join(dir, 'Ke-hoach-phuc-hoi.tiendo'), createDefaultPlan());
    const main = app;
    const first = await launchApp({ planPath: planFile, dataDir });
    let firstOpen = true;
    let second: LaunchedApp | undefined;
    try {
      app = first;
      await row(1).waitFor();
      await editCell(1, 'name', 'Việc sửa mà chưa lưu');
      await expect.poll(unsavedMarker).toBe(1);
      // The window goes away without Save (as after a crash): the working copy stays in the data folder.
      await first.close();
      firstOpen = false;
      expect(taskAt(onDisk(planFile), 1).name).not.toBe('Việc sửa mà chưa lưu');

      second = await launchApp({ planPath: planFile, dataDir });
      app = second;
      const dialog = app.page.getByRole('dialog', { name: 'Khôi phục kế hoạch chưa lưu' });
      await dialog.waitFor();
      const item = dialog.locator('.recovery-item');
      expect(await item.count()).toBe(1);
      const itemText = await item.textContent();
      expect(itemText).toContain('Ke-hoach-phuc-hoi.tiendo');
      expect(itemText).toContain(planFile);
      expect(itemText).toMatch(/Sửa lần cuối \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/u);
      await saveScreenshot(app.page, 'sharing-recovery');

      await item.getByRole('button', { name: 'Khôi phục' }).click();
      await expect.poll(() => app.page.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => cell(1, 'name').textContent()).toContain('Việc sửa mà chưa lưu');
      await expect.poll(notice).toContain('Đã khôi phục Ke-hoach-phuc-hoi.tiendo');
      await expect.poll(unsavedMarker).toBe(1);

      await app.page.keyboard.press('Control+s');
      await expect.poll(unsavedMarker).toBe(0);
      expect(taskAt(onDisk(planFile), 1).name).toBe('Việc sửa mà chưa lưu');
      expect(app.pageErrors).toEqual([]);
    } finally {
      app = main;
      if (firstOpen) await first.close();
      await second?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
