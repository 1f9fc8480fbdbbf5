/**
 * Issue 4 (chart part) end to end: the default plan in a real file, shown by
 * the built renderer in Chromium, edited by dragging bars with the mouse.
 * Dates are checked in the table, on the bars (pixel positions), in the
 * status bar and in the plan file's task_schedule table.
 *
 * Moving task 6 by two weeks (18/05 → 01/06, 10 working days, no holiday in
 * between) pushes its FS chain 7 → 8 → 10 → 11 → 12 → 13 → 14 → 15 by 10
 * working days, 16 too (13 FS) and the effort task 17 (SS 6, FF 15). Task 9
 * moves only 6 working days: its window start 01/06 held it, and its SS link
 * to 8 (now 09/06) takes over. Task 15 now ends 14/01/2027: the working days
 * after 31/12/2026 are 01/01, 04–08/01 and 11–14/01, so the plan is late by
 * 10 working days — nothing absorbs the shift, every task of the chain was
 * critical. (01/01/2027 counts as a working day: the plan's calendar lists
 * only the 2026 holidays.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatViDate, toEpochDay } from '../../core/dates';
import { createDefaultPlan } from '../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../core/model';
import { createPlanFile } from '../../db/planStore';
import { launchApp, saveScreenshot, type LaunchedApp } from './harness';

/** The default schedule (DOMAIN.md), STT 1…17. */
const DEFAULT: [string, string][] = [
  ['2026-04-01', '2026-04-07'], ['2026-04-08', '2026-04-14'], ['2026-04-15', '2026-04-21'], ['2026-04-22', '2026-04-29'],
  ['2026-05-04', '2026-05-15'], ['2026-05-18', '2026-05-22'], ['2026-05-25', '2026-05-25'], ['2026-05-26', '2026-09-18'],
  ['2026-06-01', '2026-09-18'], ['2026-09-21', '2026-09-30'], ['2026-10-01', '2026-10-30'], ['2026-11-02', '2026-11-13'],
  ['2026-11-16', '2026-11-20'], ['2026-11-23', '2026-11-30'], ['2026-12-01', '2026-12-31'], ['2026-11-23', '2026-12-18'],
  ['2026-05-18', '2026-12-31'],
];

/** After task 6 starts on 01/06 (worked out by hand with the rules and the 2026 calendar). */
const MOVED: [string, string][] = [
  ...DEFAULT.slice(0, 5),
  ['2026-06-01', '2026-06-05'], // 6: 5 working days
  ['2026-06-08', '2026-06-08'], // 7: FS 6
  ['2026-06-09', '2026-10-02'], // 8: 82 days, 18/09 + 10 working days
  ['2026-06-09', '2026-09-28'], // 9: SS 8; 78 days
  ['2026-10-05', '2026-10-14'], // 10: FS 8 (02/10)
  ['2026-10-15', '2026-11-13'],
  ['2026-11-16', '2026-11-27'],
  ['2026-11-30', '2026-12-04'],
  ['2026-12-07', '2026-12-14'],
  ['2026-12-15', '2027-01-14'], // 15: 13 days in December, 10 in January
  ['2026-12-07', '2027-01-01'], // 16: FS 13, 20 days
  ['2026-06-01', '2027-01-14'], // 17: SS 6, FF 15
];

/** The Week view's first column: Monday 30/03/2026, 13 px a day. */
const CHART_FIRST_DAY = toEpochDay('2026-03-30');
const PX_PER_DAY = 13;

let dir: string;
let app: LaunchedApp;
let page: Page;
let plan: Plan;
let ids: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-drag-'));
  plan = createDefaultPlan();
  ids = tasksInOrder(plan).map((t) => t.id);
  const file = path.join(dir, 'Ke-hoach-1049.tiendo');
  createPlanFile(file, plan);
  app = await launchApp({ planPath: file, viewport: { width: 1900, height: 1000 } });
  page = app.page;
  await page.locator('.bar-wrapper').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const row = (stt: number) => page.locator(`.task-row[data-id="${ids[stt - 1]}"]`);
const tableDates = async () => Promise.all(ids.map((_, i) => row(i + 1).locator('.cell-date').allTextContents()));
const shown = (dates: [string, string][]) => dates.map(([s, f]) => [formatViDate(s), formatViDate(f)]);
const statusText = () => page.locator('[data-testid="plan-finish"]').textContent();

/** The task_schedule table of the plan file (the session's working copy), by STT. */
function fileSchedule(): [string, string][] {
  const rows = app.session.db.prepare('SELECT task_id, start, finish FROM task_schedule').all() as { task_id: string; start: string; finish: string }[];
  const byId = new Map(rows.map((r) => [r.task_id, [r.start, r.finish] as [string, string]]));
  return ids.map((id) => byId.get(id) ?? ['?', '?']);
}

const historyCount = () => (app.session.db.prepare('SELECT COUNT(*) AS n FROM edit_history').get() as { n: number }).n;

/** Bars drawn where their dates say: x and width from the Week view's scale. */
async function barSpans(): Promise<[number, number][]> {
  return page.evaluate((barIds) => barIds.map((id) => {
    const rect = document.querySelector(`.bar-wrapper[data-id="${id}"] .bar`)!;
    return [Number(rect.getAttribute('x')), Number(rect.getAttribute('width'))] as [number, number];
  }), ids);
}
const expectedSpans = (dates: [string, string][]) =>
  dates.map(([s, f]) => [(toEpochDay(s) - CHART_FIRST_DAY) * PX_PER_DAY, (toEpochDay(f) - toEpochDay(s) + 1) * PX_PER_DAY]);

/** Scrolls the chart so the bar of task `stt` starts 200 px from the left edge. */
async function showBar(stt: number): Promise<void> {
  await page.evaluate((id) => {
    const container = document.querySelector('.gantt-container')!;
    const rect = container.querySelector(`.bar-wrapper[data-id="${id}"] .bar`)!;
    container.scrollLeft = Number(rect.getAttribute('x')) - 200;
  }, ids[stt - 1]);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
}

async function centreOf(selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not laid out`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses at `from`, moves by `dx` in small steps, runs `whileHeld`, releases. */
async function drag(from: { x: number; y: number }, dx: number, whileHeld?: () => Promise<void>): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + (dx * i) / steps, from.y + (i % 3) - 1);
  await whileHeld?.();
  await page.mouse.up();
}

describe('dragging bars on the chart', () => {
  it('starts from the default schedule', async () => {
    expect(await tableDates()).toEqual(shown(DEFAULT));
    expect(fileSchedule()).toEqual(DEFAULT);
    expect(await barSpans()).toEqual(expectedSpans(DEFAULT));
  });

  it('moves task 6 by two weeks: its successors follow live, the file gets the new dates', async () => {
    await showBar(6);
    const bar = `.bar-wrapper[data-id="${ids[5]}"] .bar`;
    const historyBefore = historyCount();
    await drag(await centreOf(bar), 14 * PX_PER_DAY, async () => {
      // Still held: the preview already reschedules the plan (table, bars, critical path, status bar).
      await expect.poll(tableDates).toEqual(shown(MOVED));
      expect(await barSpans()).toEqual(expectedSpans(MOVED));
      // Task 16 had 9 days of float; now everything is late, it is critical too.
      expect(await page.locator(`.bar-wrapper[data-id="${ids[15]}"]`).getAttribute('class')).toContain('is-critical');
      expect(await statusText()).toContain('14/01/2027');
      expect(await statusText()).toContain('trễ 10 ngày làm việc');
      expect(historyCount()).toBe(historyBefore); // nothing saved yet
      await saveScreenshot(page, 'chart-drag-during');
    });
    await expect.poll(() => historyCount()).toBe(historyBefore + 1);
    await expect.poll(fileSchedule).toEqual(MOVED);
    expect(await tableDates()).toEqual(shown(MOVED));
    expect(await barSpans()).toEqual(expectedSpans(MOVED));
    expect(await statusText()).toContain('Kết thúc kế hoạch: 14/01/2027 · trễ 10 ngày làm việc');
    // A move is a "start no earlier than" (as the engine expects), nothing else of the task changed.
    const six = app.session.getPlan().plan.tasks.find((t) => t.id === ids[5])!;
    expect([six.startNoEarlierThan, six.duration]).toEqual(['2026-06-01', 5]);
    await saveScreenshot(page, 'chart-drag-after');
  });

  it('undoes with Ctrl+Z to every default date exactly, and redoes with Ctrl+Y', async () => {
    await page.keyboard.press('Control+z');
    await expect.poll(tableDates).toEqual(shown(DEFAULT));
    await expect.poll(fileSchedule).toEqual(DEFAULT);
    expect(await barSpans()).toEqual(expectedSpans(DEFAULT));
    expect(await statusText()).toContain('31/12/2026');
    expect(app.session.getPlan().plan.tasks.find((t) => t.id === ids[5])!.startNoEarlierThan).toBeNull();
    await page.keyboard.press('Control+y');
    await expect.poll(tableDates).toEqual(shown(MOVED));
    await expect.poll(fileSchedule).toEqual(MOVED);
    await page.keyboard.press('Control+z');
    await expect.poll(fileSchedule).toEqual(DEFAULT);
    await expect.poll(tableDates).toEqual(shown(DEFAULT));
  });

  it('cancels a drag with Esc: the preview goes, nothing is saved', async () => {
    await showBar(6);
    const historyBefore = historyCount();
    await drag(await centreOf(`.bar-wrapper[data-id="${ids[5]}"] .bar`), 7 * PX_PER_DAY, async () => {
      await expect.poll(() => row(6).locator('.cell-date').first().textContent()).toBe('25/05/2026');
      await page.keyboard.press('Escape');
      await expect.poll(tableDates).toEqual(shown(DEFAULT));
    });
    await page.waitForTimeout(200);
    expect(historyCount()).toBe(historyBefore);
    expect(await tableDates()).toEqual(shown(DEFAULT));
    expect(await barSpans()).toEqual(expectedSpans(DEFAULT));
  });

  it('leaves task 10 at its earliest date when dropped before its predecessors finish, and says why', async () => {
    await showBar(10);
    const bar = `.bar-wrapper[data-id="${ids[9]}"] .bar`;
    await drag(await centreOf(bar), -14 * PX_PER_DAY, async () => {
      // The outline follows the pointer to 07/09; the bar stays.
      await expect.poll(() => page.locator('.tiendo-drag-date').textContent()).toBe('Bắt đầu 07/09/2026');
      await saveScreenshot(page, 'chart-drag-held-by-link');
    });
    const notice = page.locator('.notice-banner, .notice');
    await expect.poll(() => notice.textContent()).toMatch(/Công việc bắt đầu sớm nhất 21\/09\/2026: bắt đầu sau khi STT [89] hoàn thành/);
    expect(await row(10).locator('.cell-date').allTextContents()).toEqual(['21/09/2026', '30/09/2026']);
    expect(fileSchedule()).toEqual(DEFAULT); // nothing moved, nothing pulled earlier
    expect(await barSpans()).toEqual(expectedSpans(DEFAULT));
    await saveScreenshot(page, 'chart-drag-notice');
  });

  it('drags the progress of task 5 to 50 %', async () => {
    await showBar(5);
    const bar = await page.locator(`.bar-wrapper[data-id="${ids[4]}"] .bar`).boundingBox();
    const knob = await centreOf(`.bar-wrapper[data-id="${ids[4]}"] .tiendo-handle-progress`);
    await drag(knob, bar!.width / 2);
    await expect.poll(() => row(5).locator('.cell-number').last().textContent()).toBe('50%');
    expect(app.session.getPlan().plan.tasks.find((t) => t.id === ids[4])!.percentComplete).toBe(50);
    const progress = await page.locator(`.bar-wrapper[data-id="${ids[4]}"] .bar-progress`).getAttribute('width');
    expect(Number(progress)).toBeCloseTo(bar!.width / 2, 1);
  });

  it('resizes task 12 by its right end: 13/11 → 20/11, 15 working days, successors follow', async () => {
    await showBar(12);
    const handle = await centreOf(`.bar-wrapper[data-id="${ids[11]}"] .tiendo-handle-resize`);
    await drag(handle, 7 * PX_PER_DAY);
    await expect.poll(() => row(12).locator('.cell-date').allTextContents()).toEqual(['02/11/2026', '20/11/2026']);
    expect(await row(12).locator('.cell-number').first().textContent()).toBe('15');
    const expected: [string, string][] = [
      ...DEFAULT.slice(0, 11),
      ['2026-11-02', '2026-11-20'],
      ['2026-11-23', '2026-11-27'], // 13: FS 12
      ['2026-11-30', '2026-12-07'], // 14: 6 days
      ['2026-12-08', '2027-01-07'], // 15: 18 days in December, 5 in January
      ['2026-11-30', '2026-12-25'], // 16: FS 13, 20 days
      ['2026-05-18', '2027-01-07'], // 17: FF 15
    ];
    await expect.poll(fileSchedule).toEqual(expected);
    expect(await tableDates()).toEqual(shown(expected));
    expect(await barSpans()).toEqual(expectedSpans(expected));
    expect(await statusText()).toContain('trễ 5 ngày làm việc');
    expect(app.pageErrors).toEqual([]);
    // The finish is inclusive: the bar ends at the end of Friday 20/11.
    const [x, width] = (await barSpans())[11]!;
    expect(x + width).toBe((toEpochDay(addDays('2026-11-20', 1)) - CHART_FIRST_DAY) * PX_PER_DAY);
  });
});
