/**
 * PNG and PDF of the timeline through headless Chromium (the browser the
 * e2e tests drive through playwright-core): the SVG pages the app exports,
 * rasterised by a screenshot or printed by Chromium's PDF pipeline.
 */
import fs from 'node:fs';
import { PlanError } from '../core/errors';
import type { Language } from './args';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** CHROME_PATH, then the usual install locations; null when none exists (also used by the e2e harness). */
export function locateChromium(): string | null {
  return [process.env.CHROME_PATH, ...CANDIDATES].find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

function findChromium(lang: Language): string {
  const found = locateChromium();
  if (found) return found;
  throw new PlanError(
    'chromium-missing',
    lang === 'en'
      ? 'PNG and PDF need Chromium or Google Chrome, which was not found: install it (Debian: apt-get install chromium) or set CHROME_PATH. SVG, xlsx, csv and docx work without it.'
      : 'Xuất PNG và PDF cần Chromium hoặc Google Chrome nhưng không tìm thấy: hãy cài (Debian: apt-get install chromium) hoặc đặt biến CHROME_PATH. Xuất SVG, xlsx, csv, docx không cần trình duyệt.',
  );
}

export interface SvgPage {
  svg: string;
  width: number;
  height: number;
}

async function withPage<T>(lang: Language, deviceScaleFactor: number, use: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const executablePath = findChromium(lang);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
  try {
    const page = await browser.newPage({ deviceScaleFactor });
    return await use(page);
  } finally {
    await browser.close();
  }
}

/** One PNG per page at `scale` (2 = sharp on a projector, as the app's default). */
export async function svgPagesToPng(pages: readonly SvgPage[], scale: number, lang: Language): Promise<Buffer[]> {
  return withPage(lang, scale, async (page) => {
    const out: Buffer[] = [];
    for (const p of pages) {
      await page.setViewportSize({ width: Math.ceil(p.width), height: Math.ceil(p.height) });
      await page.setContent(`<!doctype html><html><body style="margin:0">${p.svg}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
      out.push(await page.locator('svg').first().screenshot({ scale: 'device', type: 'png', omitBackground: false, timeout: 60_000 }));
    }
    return out;
  });
}

/** One PDF with a sheet of `mm` per page. */
export async function svgPagesToPdf(pages: readonly SvgPage[], mm: { width: number; height: number }, lang: Language): Promise<Buffer> {
  return withPage(lang, 1, async (page) => {
    const sheets = pages.map((p) => `<div class="sheet">${p.svg}</div>`).join('');
    const css = `@page{size:${mm.width}mm ${mm.height}mm;margin:0}html,body{margin:0}.sheet{width:${mm.width}mm;height:${mm.height}mm;overflow:hidden;break-after:page}.sheet svg{width:100%;height:100%;display:block}`;
    await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body>${sheets}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    return page.pdf({ preferCSSPageSize: true, printBackground: true });
  });
}
