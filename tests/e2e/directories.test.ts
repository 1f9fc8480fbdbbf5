/**
 * Issues 3 and 4 (units directory and working calendar) end to end: the
 * built renderer in Chromium, its window.tiendo bridged to the real db
 * layer. The dialogs are opened from the toolbar; every outcome is checked
 * on screen (table, status bar, dialog) and in the plan's database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoFromLocalDate } from '../../core/dates';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../core/model';
import { createPlanFile, readPlan } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
const stored = (): Plan => readPlan(app.session.db);
const unitId = (plan: Plan, name: string) => plan.units.find((u) => u.name === name)?.id;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-e2e-directories-'));
  const planPath = createPlanFile(path.join(dir, 'Ke-hoach-1049.tiendo'), createDefaultPlan());
  app = await launchApp({ planPath });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const dialog = (name: string) => app.page.getByRole('dialog', { name });
const leadCells = () => app.page.locator('.task-row .cell-lead').allTextContents();
const unitRow = (name: string) => app.page.locator('.ud-row').filter({ has: app.page.locator('.ud-name', { hasText: new RegExp(`^${name}$`) }) });
/** Start and finish of task STT n as shown in the table. */
const datesOf = (stt: number) => app.page.locator('.task-row').nth(stt - 1).locator('.cell-date').allTextContents();
const planFinish = () => app.page.getByTestId('plan-finish').textContent();

describe('units directory', () => {
  it('renames a unit: every task showing it in the table changes, and the file has the new name', async () => {
    const { page } = app;
    const before = await leadCells();
    const ledByConsultant = before.flatMap((name, i) => (name === 'Đơn vị tư vấn' ? [i + 1] : []));
    expect(ledByConsultant).toEqual([8, 10, 12, 14, 16]);

    await page.locator('[data-action="dialog.units"]').click();
    await dialog('Danh mục đơn vị').waitFor();
    await expect.poll(() => page.locator('.ud-row').count()).toBe(39);
    expect(await unitRow('Đơn vị tư vấn').locator('.ud-count').allTextContents()).toEqual(['5', '6']);
    await saveScreenshot(page, 'directories-units');

    await page.getByRole('button', { name: 'Đổi tên Đơn vị tư vấn' }).click();
    const field = page.getByLabel('Tên mới của “Đơn vị tư vấn”');
    await field.fill('Đơn vị tư vấn lập Đề án');
    await field.press('Enter');
    await expect.poll(leadCells).toEqual(before.map((name) => (name === 'Đơn vị tư vấn' ? 'Đơn vị tư vấn lập Đề án' : name)));

    const plan = stored();
    const id = unitId(plan, 'Đơn vị tư vấn lập Đề án');
    expect(id).toBeDefined();
    expect(unitId(plan, 'Đơn vị tư vấn')).toBeUndefined();
    expect(tasksInOrder(plan).flatMap((t) => (t.leadUnitId === id ? [t.position] : []))).toEqual(ledByConsultant);
  });

  it('merges "VP UBND TP" into the full name after confirming: its tasks move there, the unit is gone', async () => {
    const { page } = app;
    const before = stored();
    const source = unitId(before, 'VP UBND TP')!;
    const target = unitId(before, 'Văn phòng Ủy ban nhân dân thành phố Hải Phòng')!;
    const coordinated = tasksInOrder(before).flatMap((t) => (t.coordinatingUnitIds.includes(source) ? [t.position] : []));
    expect(coordinated).toEqual([13, 14, 15]);

    await page.getByRole('button', { name: 'Gộp VP UBND TP vào đơn vị khác' }).click();
    const picker = page.getByRole('combobox', { name: 'Tìm đơn vị sẽ nhận' });
    await picker.fill('van phong uy ban nhan dan');
    await picker.press('Enter');
    await expect
      .poll(() => page.locator('.ud-merge-confirm').textContent())
      .toBe('Mọi công việc của “VP UBND TP” (0 chủ trì, 3 phối hợp) sẽ chuyển sang “Văn phòng Ủy ban nhân dân thành phố Hải Phòng”; “VP UBND TP” sẽ bị xoá khỏi danh mục.');
    await saveScreenshot(page, 'directories-units-merge');
    await page.getByRole('button', { name: 'Gộp', exact: true }).click();
    await expect.poll(() => page.locator('.ud-row').count()).toBe(38);
    expect(await unitRow('Văn phòng Ủy ban nhân dân thành phố Hải Phòng').locator('.ud-count').allTextContents()).toEqual(['0', '3']);

    const after = stored();
    expect(after.units.some((u) => u.id === source)).toBe(false);
    expect(tasksInOrder(after).flatMap((t) => (t.coordinatingUnitIds.includes(target) ? [t.position] : []))).toEqual(coordinated);
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => dialog('Danh mục đơn vị').count()).toBe(0);
  });
});

describe('working calendar', () => {
  it('shows 192 working days Apr–Dec 2026 month by month', async () => {
    const { page } = app;
    await page.locator('[data-action="dialog.calendar"]').click();
    await dialog('Lịch làm việc').waitFor();
    expect((await page.locator('.cal-month-days').allTextContents()).map(Number)).toEqual([20, 20, 22, 23, 21, 20, 22, 21, 23]);
    expect(await page.getByTestId('cal-total').textContent()).toBe('192');
    await saveScreenshot(page, 'directories-calendar');
  });

  it('a holiday on a working day inside task 15 moves task 15 and the plan finish; removing it moves them back', async () => {
    const { page } = app;
    expect(await datesOf(15)).toEqual(['01/12/2026', '31/12/2026']);
    expect(await planFinish()).toContain('31/12/2026');

    await page.getByLabel('Ngày (dd/mm/yyyy)').fill('31/13/2026');
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    expect(await page.locator('.cal-add [role="alert"]').textContent()).toBe('Ngày không hợp lệ, hãy nhập dạng dd/mm/yyyy');

    await page.getByLabel('Ngày (dd/mm/yyyy)').fill('15/12/2026'); // a Tuesday
    await page.getByLabel('Tên ngày').fill('Nghỉ đột xuất');
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    // One working day later; the plan's calendar lists 2026 only, so 01/01/2027 is a working day.
    await expect.poll(() => datesOf(15)).toEqual(['01/12/2026', '01/01/2027']);
    expect(await planFinish()).toMatch(/01\/01\/2027.*trễ 1 ngày làm việc/);
    expect(await page.getByTestId('cal-total').textContent()).toBe('191');
    expect(stored().calendar.holidays).toContainEqual({ date: '2026-12-15', name: 'Nghỉ đột xuất' });
    await saveScreenshot(page, 'directories-calendar-holiday');

    await page.getByRole('button', { name: 'Xoá ngày nghỉ 15/12/2026' }).click();
    await expect.poll(() => datesOf(15)).toEqual(['01/12/2026', '31/12/2026']);
    expect(await planFinish()).toContain('31/12/2026');
    expect(await page.getByTestId('cal-total').textContent()).toBe('192');
    expect(stored().calendar.holidays.some((h) => h.date === '2026-12-15')).toBe(false);
  });

  it('sets a status date: off by default, today when switched on, then a typed date', async () => {
    const { page } = app;
    expect(stored().info.statusDate).toBeNull();
    const track = page.getByLabel('Theo dõi tiến độ theo ngày cập nhật');
    expect(await track.isChecked()).toBe(false);
    // The box follows the file: it turns on once the edit is saved, so click rather than check().
    await track.click();
    await expect.poll(() => stored().info.statusDate).toBe(isoFromLocalDate(new Date()));
    await expect.poll(() => track.isChecked()).toBe(true);

    await page.getByLabel('Ngày cập nhật', { exact: true }).fill('15/06/2026');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(() => stored().info.statusDate).toBe('2026-06-15');
    // Nothing is done on 15/06: not-started work cannot start before it, so task 1 moves there.
    await expect.poll(() => datesOf(1)).toEqual(['15/06/2026', '19/06/2026']);
    await saveScreenshot(page, 'directories-calendar-status');

    await track.click();
    await expect.poll(() => stored().info.statusDate).toBeNull();
    await expect.poll(() => datesOf(1)).toEqual(['01/04/2026', '07/04/2026']);
    expect(app.pageErrors).toEqual([]);
  });
});
