/**
 * Issue 16 end to end: the task table's columns resized by their header edge
 * and hidden or shown from the "Cột" menu (mouse and keyboard), both kept
 * across a reload (the screen layout is remembered on this computer).
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

const header = (key: string) => app.page.locator(`.task-table th[data-col="${key}"]`);
const widthOf = async (key: string) => Math.round((await header(key).boundingBox())!.width);
const tableWidth = async () => Math.round((await app.page.locator('.task-table').boundingBox())!.width);

async function dragEdge(key: string, dx: number) {
  const grip = (await app.page.locator(`[data-col-resize="${key}"]`).boundingBox())!;
  const x = grip.x + grip.width / 2;
  const y = grip.y + grip.height / 2;
  await app.page.mouse.move(x, y);
  await app.page.mouse.down();
  await app.page.mouse.move(x + dx / 2, y);
  await app.page.mouse.move(x + dx, y);
  await app.page.mouse.up();
}

async function reload() {
  await app.page.reload();
  await app.page.locator('.task-row').first().waitFor();
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-columns-'));
  const file = path.join(dir, 'plan.tiendo');
  createPlanFile(file, createDefaultPlan());
  app = await launchApp({ planPath: file, viewport: { width: 1440, height: 900 } });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('table columns', () => {
  it('by default the name column has room beside the dates at 1440 px', async () => {
    expect(await widthOf('name')).toBeGreaterThanOrEqual(110);
    expect(await widthOf('start')).toBeGreaterThanOrEqual(80);
  });

  it('dragging a header edge widens the column, pushes the table edge (the name keeps its width), and survives a reload', async () => {
    const name = await widthOf('name');
    const lead = await widthOf('lead');
    const table = await tableWidth();
    await dragEdge('lead', 60);
    await expect.poll(() => widthOf('lead')).toBe(lead + 60);
    expect(await widthOf('name')).toBe(name);
    expect(await tableWidth()).toBe(table + 60);
    await reload();
    expect(await widthOf('lead')).toBe(lead + 60);
    expect(await tableWidth()).toBe(table + 60);

    // A column never goes below its minimum; double-click on its edge gives its default back.
    await dragEdge('lead', -400);
    await expect.poll(() => widthOf('lead')).toBe(32);
    await app.page.locator('[data-col-resize="lead"]').dblclick();
    await expect.poll(() => widthOf('lead')).toBe(lead);
    expect(await widthOf('name')).toBe(name);

    // The name column's edge widens the table.
    await dragEdge('name', 80);
    await expect.poll(() => widthOf('name')).toBe(name + 80);
    await reload();
    expect(await widthOf('name')).toBe(name + 80);
  });

  it('the "Cột" menu hides and shows columns, from the mouse and the keyboard, remembered across a reload', async () => {
    const { page } = app;
    await page.locator('[data-columns-button]').click();
    const menu = page.locator('[data-columns-menu]');
    await menu.waitFor();
    expect(await menu.locator('[data-column-toggle="name"]').getAttribute('aria-disabled')).toBe('true');
    await page.screenshot({ path: '/tmp/s16/columns-menu-1440.png' });
    await saveScreenshot(page, 'columns-menu-1440');
    await menu.locator('[data-column-toggle="window"]').click();
    await expect.poll(() => page.locator('td[data-col="window"]').count()).toBe(0);
    expect(await menu.locator('[data-column-toggle="window"]').getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-columns-button'))).toBe(true);

    // Keyboard: Enter opens, ↓ to "Đơn vị chủ trì" (STT and name cannot be hidden), Space hides it.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-column-toggle'))).toBe('lead');
    // → widens the highlighted column by 10 px, ← narrows it (the keyboard's way to drag its edge).
    const leadWidth = await widthOf('lead');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widthOf('lead')).toBe(leadWidth + 20);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => widthOf('lead')).toBe(leadWidth + 10);
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('td[data-col="lead"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: '/tmp/s16/columns-hidden-1440.png' });

    await reload();
    expect(await page.locator('td[data-col="window"]').count()).toBe(0);
    expect(await page.locator('td[data-col="lead"]').count()).toBe(0);
    expect(await page.locator('td[data-col="start"]').count()).toBeGreaterThan(0);
    // The arrows skip hidden columns: from the name cell, → lands on Bắt đầu.
    await page.locator('.task-row').first().locator('td[data-col="name"]').click();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.task-row').first().locator('td.is-active').getAttribute('data-col')).toBe('start');

    // A right-click on the header opens the same menu; "Đặt lại" brings every column back at its default width.
    await header('start').click({ button: 'right' });
    await page.locator('[data-columns-reset]').click();
    await expect.poll(() => page.locator('.task-row').first().locator('td[data-col="window"]').count()).toBe(1);
    expect(await page.locator('.task-row').first().locator('td[data-col="lead"]').count()).toBe(1);
    expect(await widthOf('lead')).toBe(100);
    expect(app.pageErrors).toEqual([]);
  });
});
