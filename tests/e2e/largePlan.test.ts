/**
 * Issue 12: a 2,000-task plan (about two links a task) in the built renderer.
 * The table and the chart draw only rows near the view; after scrolling to
 * the bottom (wheel over the table), to the middle and back to the top (wheel
 * over the chart), the rows in view must be exactly the plan's rows for that
 * scroll position, each with its bar on the same line at its scheduled start,
 * and every link to or from a task in view drawn as an arrow between the rows
 * it joins (and no arrow that is not a link).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasksInOrder, type Plan } from '../../core/model';
import { schedulePlan, viewOfPlanTask } from '../../core/schedule';
import { createPlanFile } from '../../db/planStore';
import { largePlan } from '../support/largePlan';
import { launchApp, type LaunchedApp } from './harness';

const N = 2_000;

interface Seen {
  table: { scrollTop: number };
  chartScrollTop: number;
  chartAtBottom: boolean;
  /** Table rows at least half inside the table's body (below its header), top to bottom. */
  rowsInView: Array<{ id: string; name: string; start: string; centre: number }>;
  renderedRowIds: string[];
  bars: Array<{ id: string; x: number; centre: number }>;
  arrows: Array<{ from: string; to: string; type: string; top: number; bottom: number }>;
}

/** What the page shows now, in screen coordinates. */
function look(app: LaunchedApp): Promise<Seen> {
  return app.page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('.task-table')!;
    const chart = document.querySelector<HTMLElement>('.tiendo-gantt .gantt-container')!;
    const headerBottom = table.querySelector('thead th')!.getBoundingClientRect().bottom; // the header cells stick
    const tableBottom = table.getBoundingClientRect().top + table.clientHeight;
    const centre = (r: DOMRect) => r.top + r.height / 2;
    const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tr.task-row'));
    return {
      table: { scrollTop: table.scrollTop },
      chartScrollTop: chart.scrollTop,
      chartAtBottom: chart.scrollTop >= chart.scrollHeight - chart.clientHeight - 1,
      rowsInView: rows
        .filter((tr) => {
          const c = centre(tr.getBoundingClientRect());
          return c > headerBottom && c < tableBottom;
        })
        .map((tr) => ({
          id: tr.dataset.id!,
          name: tr.querySelector('.cell-name')!.textContent!,
          start: tr.querySelectorAll('.cell-date')[0]!.textContent!,
          centre: centre(tr.getBoundingClientRect()),
        })),
      renderedRowIds: rows.map((tr) => tr.dataset.id!),
      bars: Array.from(chart.querySelectorAll<SVGGElement>('.bar-wrapper')).map((g) => {
        const r = g.querySelector('.bar')!.getBoundingClientRect();
        return { id: g.dataset.id!, x: r.left + chart.scrollLeft, centre: centre(r) };
      }),
      arrows: Array.from(chart.querySelectorAll<SVGPathElement>('.arrow path')).map((p) => {
        const r = p.getBoundingClientRect();
        return { from: p.dataset.from!, to: p.dataset.to!, type: p.dataset.type!, top: r.top, bottom: r.bottom };
      }),
    };
  });
}

/** Waits until the table and the chart rest at the same scroll position (two frames without change). */
async function settle(app: LaunchedApp): Promise<Seen> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await look(app);
    const key = `${seen.table.scrollTop}/${seen.chartScrollTop}/${seen.bars.length}/${seen.renderedRowIds[0]}`;
    if (seen.table.scrollTop === seen.chartScrollTop && key === last) return seen;
    last = key;
  }
  throw new Error('the table and the chart never came to rest together');
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe('a 2,000-task plan scrolled to the bottom and back', () => {
  let dir: string;
  let app: LaunchedApp;
  let plan: Plan;
  let order: string[];
  let startOf: Map<string, string>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-large-'));
    plan = largePlan(N);
    expect(plan.links.length / N).toBeGreaterThan(1.9);
    const schedule = schedulePlan(plan);
    order = tasksInOrder(plan).map((t) => t.id);
    startOf = new Map(order.map((id) => [id, viewOfPlanTask(schedule, id)!.start]));
    const file = createPlanFile(path.join(dir, 'large.tiendo'), plan);
    app = await launchApp({ planPath: file, viewport: { width: 1600, height: 900 } });
    await app.page.locator('.task-row').first().waitFor();
    await app.page.locator('.bar-wrapper').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The rows in view, their bars and the arrows touching them, checked against the plan. */
  function expectMatchesPlan(seen: Seen, where: 'top' | 'middle' | 'bottom') {
    const { rowsInView, bars, arrows } = seen;
    expect(rowsInView.length).toBeGreaterThan(10);
    // Only a window of rows is in the DOM, and the rows in view are the plan's rows for this scroll position.
    expect(seen.renderedRowIds.length).toBeLessThan(150);
    expect(bars.length).toBeLessThan(300);
    const first = order.indexOf(rowsInView[0]!.id);
    expect(rowsInView.map((r) => r.id)).toEqual(order.slice(first, first + rowsInView.length));
    const rowHeight = (rowsInView.at(-1)!.centre - rowsInView[0]!.centre) / (rowsInView.length - 1);
    expect(Math.abs(first - seen.table.scrollTop / rowHeight)).toBeLessThanOrEqual(1);
    if (where === 'top') expect(first).toBe(0);
    if (where === 'bottom') expect(rowsInView.at(-1)!.id).toBe(order.at(-1));
    if (where === 'middle') expect(first).toBeGreaterThan(500);
    const byId = new Map(plan.tasks.map((t) => [t.id, t]));
    for (const row of rowsInView) {
      expect(row.name).toBe(byId.get(row.id)!.name);
      expect(row.start).toBe(ddmmyyyy(startOf.get(row.id)!));
    }

    // Every row in view has its bar on its line, at its start date (x linear in the day number).
    const barOf = new Map(bars.map((b) => [b.id, b]));
    const day = (id: string) => Date.parse(startOf.get(id)! + 'T00:00:00Z') / 86_400_000;
    const a = rowsInView[0]!.id;
    const b = rowsInView.find((r) => day(r.id) !== day(a))!.id;
    const pxPerDay = (barOf.get(b)!.x - barOf.get(a)!.x) / (day(b) - day(a));
    expect(pxPerDay).toBeGreaterThan(1);
    for (const row of rowsInView) {
      const bar = barOf.get(row.id);
      expect(bar, `bar of ${row.id}`).toBeDefined();
      expect(Math.abs(bar!.centre - row.centre)).toBeLessThan(1);
      expect(Math.abs(bar!.x - (barOf.get(a)!.x + (day(row.id) - day(a)) * pxPerDay))).toBeLessThan(1.5);
    }

    // Arrows: every link touching a row in view is drawn, between its two rows; none that is not a link.
    const key = (from: string, to: string, type: string) => `${from}>${to}:${type}`;
    const links = new Set(plan.links.map((l) => key(l.predecessorId, l.successorId, l.type)));
    const drawn = new Map(arrows.map((arrow) => [key(arrow.from, arrow.to, arrow.type), arrow]));
    expect(drawn.size).toBe(arrows.length);
    for (const k of drawn.keys()) expect(links.has(k), `arrow ${k} is a link`).toBe(true);
    const inView = new Set(rowsInView.map((r) => r.id));
    const rowCentre = (id: string) => rowsInView[0]!.centre + (order.indexOf(id) - first) * rowHeight;
    const touching = plan.links.filter((l) => inView.has(l.predecessorId) || inView.has(l.successorId));
    expect(touching.length).toBeGreaterThan(rowsInView.length);
    for (const l of touching) {
      const arrow = drawn.get(key(l.predecessorId, l.successorId, l.type));
      expect(arrow, `arrow for ${key(l.predecessorId, l.successorId, l.type)}`).toBeDefined();
      // It runs from the predecessor's row to the successor's (both ends within half a row).
      const ends = [rowCentre(l.predecessorId), rowCentre(l.successorId)];
      expect(arrow!.top).toBeLessThanOrEqual(Math.min(...ends) + rowHeight / 2);
      expect(arrow!.bottom).toBeGreaterThanOrEqual(Math.max(...ends) - rowHeight / 2);
    }
  }

  it('shows the top rows, their bars and arrows on opening', async () => {
    expectMatchesPlan(await settle(app), 'top');
  });

  it('after a wheel over the table to the bottom, the last rows', async () => {
    const table = await app.page.locator('.task-table').boundingBox();
    await app.page.mouse.move(table!.x + table!.width / 2, table!.y + table!.height / 2);
    for (let i = 0; i < 20; i++) await app.page.mouse.wheel(0, 5_000);
    const seen = await settle(app);
    // The chart's body is shorter by its scrollbar, so the table stops where the chart does.
    expect(seen.chartAtBottom).toBe(true);
    expectMatchesPlan(seen, 'bottom');
  });

  it('after a wheel over the chart up to the middle, the middle rows', async () => {
    const chart = await app.page.locator('.tiendo-gantt .gantt-container').boundingBox();
    await app.page.mouse.move(chart!.x + chart!.width / 2, chart!.y + chart!.height / 2);
    const top = (await look(app)).table.scrollTop;
    for (let i = 0; i < 6; i++) await app.page.mouse.wheel(0, -top / 12);
    expectMatchesPlan(await settle(app), 'middle');
  });

  it('after a wheel over the chart back to the top, the first rows again', async () => {
    for (let i = 0; i < 20; i++) await app.page.mouse.wheel(0, -5_000);
    const seen = await settle(app);
    expect(seen.table.scrollTop).toBe(0);
    expectMatchesPlan(seen, 'top');
    expect(app.pageErrors).toEqual([]);
  });
});
