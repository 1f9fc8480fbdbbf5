/**
 * Timeline export benchmark (issue 5): a 1,000-task plan.
 * - core, in Node: schedule + layout, and SVG of every page, per preset;
 * - in Chromium with the built renderer (skipped with a note when
 *   out/renderer is missing): the whole PNG export from the dialog (layout,
 *   SVG, canvas, PNG encoding, IPC, writing) with the longest stall of the
 *   page's event loop meanwhile, and the PDF export through the print view.
 * Prints medians and ratios; never fails (timings depend on the machine).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultExportOptions, type TimelineExportOptions } from '../../core/export/options';
import { layoutTimeline } from '../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../core/export/timelineSvg';
import { schedulePlan } from '../../core/schedule';
import { createPlanFile } from '../../db/planStore';
import { launchApp, RENDERER_DIR } from '../e2e/harness';
import { longPlan } from '../unit/core/export/plans';
import { failOnPageErrors, requireBuiltRenderer, type BenchOptions } from './options';

const TASKS = 1_000;
const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;

function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function benchCore(quick: boolean): void {
  for (const n of quick ? [100] : [100, TASKS]) {
    const plan = longPlan(n);
    for (const preset of ['slide', 'A4', 'A3'] as const) {
      const options: TimelineExportOptions = { ...defaultExportOptions('2026-05-20'), preset };
      let pages = 0;
      let bytes = 0;
      const layoutTime = median(5, () => {
        pages = layoutTimeline(plan, schedulePlan(plan), options).pages.length;
      });
      const layout = layoutTimeline(plan, schedulePlan(plan), options);
      const svgTime = median(5, () => {
        bytes = layout.pages.reduce((sum, _, i) => sum + renderTimelineSvg(layout, i).length, 0);
      });
      console.log(`core  ${String(n).padStart(5)} tasks  ${preset.padEnd(5)}  ${String(pages).padStart(3)} pages  layout ${ms(layoutTime).padStart(8)}  SVG of all pages ${ms(svgTime).padStart(8)}  (${(bytes / 1e6).toFixed(1)} MB, ${ms(svgTime / pages)} a page)`);
    }
  }
}

async function benchBrowser(quick: boolean): Promise<void> {
  requireBuiltRenderer(RENDERER_DIR, fs.existsSync(path.join(RENDERER_DIR, 'index.html')));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-bench-export-'));
  const tasks = quick ? 100 : TASKS;
  const plan = longPlan(tasks);
  const file = createPlanFile(path.join(dir, 'dai.tiendo'), plan);
  const app = await launchApp({ planPath: file, printToPdf: true });
  try {
    const { page, host } = app;
    await page.locator('.task-row').first().waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      window.location.hash = '#xuat-bieu-do';
    });
    await page.getByRole('dialog').waitFor();
    for (const scale of quick ? ([1] as const) : ([1, 2] as const)) {
      await page.getByLabel(`${scale}×`).check();
      // Longest gap between 10 ms timer ticks while exporting: how long the page could not react.
      await page.evaluate(() => {
        const w = window as unknown as { __lag: { max: number; last: number; timer: number } };
        w.__lag = { max: 0, last: performance.now(), timer: 0 };
        w.__lag.timer = window.setInterval(() => {
          const now = performance.now();
          w.__lag.max = Math.max(w.__lag.max, now - w.__lag.last);
          w.__lag.last = now;
        }, 10);
      });
      host.saveAnswers.push(path.join(dir, `slides-${scale}x.png`));
      const t0 = performance.now();
      await page.getByRole('button', { name: 'Xuất', exact: true }).click();
      await page.locator('.tx-status[role="status"], .tx-status[role="alert"]').waitFor({ timeout: 600_000 });
      const elapsed = performance.now() - t0;
      const status = (await page.locator('.tx-status').textContent()) ?? '';
      const lag = await page.evaluate(() => {
        const w = window as unknown as { __lag: { max: number; timer: number } };
        clearInterval(w.__lag.timer);
        return w.__lag.max;
      });
      const files = fs.readdirSync(dir).filter((f) => f.startsWith(`slides-${scale}x`));
      const size = files.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
      if (files.length === 0) throw new Error(`PNG export wrote no file: "${status}"`);
      console.log(`browser ${tasks} tasks  PNG ${scale}× slides: ${files.length} files, ${(size / 1e6).toFixed(1)} MB in ${ms(elapsed)} (${ms(elapsed / files.length)} a slide); longest stall of the page ${ms(lag)}; "${status.slice(0, 40)}…"`);
      await page.getByRole('button', { name: 'Xuất', exact: true }).waitFor();
    }
    for (const preset of quick ? (['A4'] as const) : (['A4', 'A3'] as const)) {
      const options: TimelineExportOptions = { ...defaultExportOptions('2026-05-20'), preset };
      const pages = layoutTimeline(plan, schedulePlan(plan), options).pages.length;
      host.saveAnswers.push(path.join(dir, `plan-${preset}.pdf`));
      const t0 = performance.now();
      await page.evaluate((o) => window.tiendo.exportTimelinePdf({ options: o }), options);
      const elapsed = performance.now() - t0;
      const size = fs.statSync(path.join(dir, `plan-${preset}.pdf`)).size;
      console.log(`browser ${tasks} tasks  PDF ${preset} landscape: ${pages} pages, ${(size / 1e6).toFixed(1)} MB in ${ms(elapsed)} (${ms(elapsed / pages)} a page)`);
    }
    failOnPageErrors(app.pageErrors);
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTimelineExport({ quick }: BenchOptions): Promise<void> {
  benchCore(quick);
  await benchBrowser(quick);
}
