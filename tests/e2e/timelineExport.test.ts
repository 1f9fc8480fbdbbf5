/**
 * Issue 5 (timeline) end to end: the export dialog in the built renderer,
 * in Chromium, saving through the real dispatcher and handlers. PNG at 1×
 * and 2× (decoded, sized, bar colours sampled where the layout puts the
 * bars), SVG parsed in the page, PDF printed from the print view by
 * Chromium and read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoFromLocalDate } from '../../core/dates';
import { defaultExportOptions, type TimelineExportOptions } from '../../core/export/options';
import { layoutTimeline, type TimelineLayout } from '../../core/export/timelineLayout';
import { tasksInOrder, type Plan } from '../../core/model';
import { schedulePlan } from '../../core/schedule';
import { createPlanFile } from '../../db/planStore';
import { defaultPlan, longPlan } from '../unit/core/export/plans';
import { ARTIFACTS_DIR, launchApp, saveScreenshot, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let plan: Plan;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function layoutOf(p: Plan, over: Partial<TimelineExportOptions> = {}): TimelineLayout {
  return layoutTimeline(p, schedulePlan(p), { ...defaultExportOptions(isoFromLocalDate(new Date())), ...over });
}

async function openDialog() {
  await app.page.evaluate(() => {
    window.location.hash = '#xuat-bieu-do';
  });
  await app.page.getByRole('dialog', { name: 'Xuất biểu đồ tiến độ' }).waitFor();
}

/** Submits the dialog with the save dialog answering `target`, and waits for the result line. */
async function exportTo(target: string | null): Promise<string> {
  app.host.saveAnswers.push(target);
  await app.page.getByRole('button', { name: 'Xuất', exact: true }).click();
  const status = app.page.locator('.tx-status[role="status"], .tx-status[role="alert"]');
  await status.waitFor({ timeout: 60_000 });
  return (await status.textContent()) ?? '';
}

function pdfText(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

/**
 * The text of one column of a PDF page, in reading order. At -r 96 pdftotext's
 * crop box is in CSS px, the layout's unit. (The whole page would interleave a
 * wrapped name with the lead unit beside it.)
 */
function pdfColumnText(file: string, page: number, layout: TimelineLayout, column: 'name' | 'lead'): string {
  const box = layout.columns[column];
  const crop = [box.x, layout.bodyTop, box.width, layout.bodyBottom - layout.bodyTop].map((v) => String(Math.floor(v)));
  return oneLine(pdfText(file, '-r', '96', '-f', String(page), '-l', String(page), '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-export-'));
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  plan = defaultPlan();
  const file = path.join(dir, 'Ke-hoach-1049.tiendo');
  createPlanFile(file, plan);
  app = await launchApp({ planPath: file, printToPdf: true });
  await app.page.locator('.task-row').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('exporting the timeline', () => {
  it('saves a slide PNG at 1× and 2×, with critical bars red and task 16 blue where the layout puts them', async () => {
    await openDialog();
    await saveScreenshot(app.page, 'timeline-export-dialog');
    const layout = layoutOf(plan);
    const rows = layout.pages[0]!.rows;
    const sizes: [number, number][] = [];
    for (const scale of [1, 2] as const) {
      await app.page.getByLabel(`${scale}×`).check();
      const target = path.join(dir, `slide-${scale}x.png`);
      expect(await exportTo(target)).toContain(`Đã lưu: ${target}`);
      const png = PNG.sync.read(fs.readFileSync(target));
      fs.copyFileSync(target, path.join(ARTIFACTS_DIR, `timeline-slide-${scale}x.png`));
      sizes.push([png.width, png.height]);
      const pixel = (x: number, y: number) => {
        const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
        return { r: png.data[i]!, g: png.data[i + 1]!, b: png.data[i + 2]! };
      };
      const centre = (stt: number) => {
        const row = rows.find((r) => r.stt === stt)!;
        return pixel(row.bar!.x + row.bar!.width / 2, row.y + row.height / 2);
      };
      for (const stt of [8, 11, 15]) expect(centre(stt), `task ${stt}`).toMatchObject({ r: expect.toSatisfy((v: number) => v > 180), g: expect.toSatisfy((v: number) => v < 110), b: expect.toSatisfy((v: number) => v < 110) });
      expect(centre(16), 'task 16').toMatchObject({ r: expect.toSatisfy((v: number) => v < 100), b: expect.toSatisfy((v: number) => v > 160) });
      // The names column is white paper with dark text, not an empty image.
      expect(pixel(layout.margin + 2, layout.height - 2)).toEqual({ r: 255, g: 255, b: 255 });
    }
    expect(sizes).toEqual([
      [1920, 1080],
      [3840, 2160],
    ]);
    expect(app.host.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Ke-hoach-1049 - Biểu đồ tiến độ.png' });
  });

  it('saves an SVG that parses as XML in the page and holds every name', async () => {
    await app.page.getByLabel('Ảnh vectơ SVG').check();
    const target = path.join(dir, 'slide.svg');
    expect(await exportTo(target)).toContain('Đã lưu');
    const svg = fs.readFileSync(target, 'utf8');
    fs.copyFileSync(target, path.join(ARTIFACTS_DIR, 'timeline-slide.svg'));
    const parsed = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.tagName,
        texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
        fontFaces: (doc.querySelector('style')?.textContent ?? '').match(/@font-face/g)?.length ?? 0,
      };
    }, svg);
    expect(parsed).toMatchObject({ errors: 0, root: 'svg', fontFaces: 4 });
    const rows = layoutOf(plan).pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(17);
    for (const row of rows) {
      expect(row.nameLines.join(' ')).toBe(row.name);
      for (const line of row.nameLines) expect(parsed.texts).toContain(line);
    }
    expect(svg).toContain('data:font/woff2;base64,');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/); // nothing fetched from the network
  });

  it('prints an A4 PDF from the print view with every name exact, fonts embedded and "Trang 1/1"', async () => {
    await app.page.getByLabel('PDF để in').check();
    expect(await app.page.getByLabel('Giấy A4').isChecked()).toBe(true); // a PDF goes on paper
    const target = path.join(dir, 'plan-a4.pdf');
    expect(await exportTo(target)).toContain('Đã lưu');
    expect(app.host.printed.at(-1)).toMatchObject({ pageSize: 'A4', landscape: true });
    fs.copyFileSync(target, path.join(ARTIFACTS_DIR, 'timeline-a4.pdf'));
    const text = oneLine(pdfText(target));
    const a4 = layoutOf(plan, { preset: 'A4' });
    const names = pdfColumnText(target, 1, a4, 'name');
    for (const t of tasksInOrder(plan)) expect(names).toContain(oneLine(t.name));
    expect(pdfColumnText(target, 1, a4, 'lead')).toContain('Phòng Quản lý Khoa học Phòng Quản lý Khoa học Văn phòng Sở');
    for (const s of ['Trang 1/1', 'Nội dung công việc', 'Đơn vị chủ trì', 'Tháng 4/2026', 'Tháng 12/2026', 'Cập nhật ngày']) expect(text).toContain(s);
    const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    expect(info).toContain(`Title:           ${plan.info.title}`);
    const fonts = execFileSync('pdffonts', [target], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSans/);
    for (const line of fonts.split('\n').slice(2).filter((l) => l.trim() !== '')) expect(line).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, unicode
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', target, path.join(ARTIFACTS_DIR, 'timeline-a4-page')]);
  });

  it('prints a 100-task plan on several A3 portrait pages, headers repeated and pages numbered', async () => {
    const long = longPlan(100);
    const file = path.join(dir, 'Ke-hoach-dai.tiendo');
    createPlanFile(file, long);
    await app.page.evaluate((p) => window.tiendo.openPlan(p), file);
    const options = { ...defaultExportOptions(isoFromLocalDate(new Date())), preset: 'A3' as const, orientation: 'portrait' as const };
    const layout = layoutOf(long, options);
    const pages = layout.pages.length;
    expect(pages).toBeGreaterThan(1);
    const target = path.join(dir, 'long-a3.pdf');
    app.host.saveAnswers.push(target);
    const saved = await app.page.evaluate((o) => window.tiendo.exportTimelinePdf({ options: o }), options);
    expect(saved?.path).toBe(target);
    fs.copyFileSync(target, path.join(ARTIFACTS_DIR, 'timeline-long-a3.pdf'));
    expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    for (let n = 1; n <= pages; n++) {
      const page = oneLine(pdfText(target, '-f', String(n), '-l', String(n)));
      expect(page).toContain(`Trang ${n}/${pages}`);
      // Narrow portrait chart: months as "T4/2026" (the layout says which form fits).
      for (const s of ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', layout.axis.upper[0]!.text]) expect(page).toContain(s);
      const names = pdfColumnText(target, n, layout, 'name');
      for (const row of layout.pages[n - 1]!.rows) expect(names).toContain(oneLine(row.name));
    }
    expect(layout.pages.flatMap((p) => p.rows.map((r) => r.taskId))).toEqual(long.tasks.map((t) => t.id));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', target, path.join(ARTIFACTS_DIR, 'timeline-long-a3-page')]);
  });

  it('streams a long plan as several slides, with progress, one file per slide', async () => {
    await app.page.reload(); // the long plan is now the open one
    await app.page.locator('.task-row').first().waitFor();
    await openDialog();
    await app.page.getByLabel('1×').check();
    const slides = layoutOf(app.session.getPlan().plan).pages.length;
    expect(slides).toBeGreaterThan(3);
    await expect.poll(() => app.page.locator('.tx-summary').textContent()).toBe(`100 công việc · ${slides} trang`);
    app.host.saveAnswers.push(path.join(dir, 'slides.png'));
    await app.page.getByRole('button', { name: 'Xuất', exact: true }).click();
    await app.page.locator('.tx-status progress').waitFor(); // the progress bar shows while slides are drawn
    const status = app.page.locator('.tx-status[role="status"], .tx-status[role="alert"]');
    await status.waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toBe(`Đã lưu ${slides} tệp, tệp đầu: ${path.join(dir, 'slides-trang-01.png')}`);
    for (let n = 1; n <= slides; n++) {
      const png = PNG.sync.read(fs.readFileSync(path.join(dir, `slides-trang-${String(n).padStart(2, '0')}.png`)));
      expect([png.width, png.height]).toEqual([1920, 1080]);
    }
    fs.copyFileSync(path.join(dir, 'slides-trang-02.png'), path.join(ARTIFACTS_DIR, 'timeline-long-slide-2.png'));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the save dialog is cancelled, and refuses a slide PDF in Vietnamese', async () => {
    const before = fs.readdirSync(dir).sort();
    await app.page.getByLabel('Ảnh PNG').check();
    expect(await exportTo(null)).toContain('Chưa lưu tệp nào.');
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    const refused = await app.page.evaluate(async () => {
      try {
        await window.tiendo.exportTimelinePdf({
          options: { rangeStart: null, rangeEnd: null, filter: null, preset: 'slide', orientation: 'landscape', timeScale: 'week', showNonWorkingDays: true, fontScale: 1, language: 'vi', today: '2026-05-20' },
        });
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(refused).toBe('PDF được in trên khổ giấy A4 hoặc A3: hãy chọn khổ giấy.');
    expect(app.pageErrors).toEqual([]);
  });
});
