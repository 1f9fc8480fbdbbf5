/**
 * The test stand-in for electron/printToPdf.ts: opens the print view in a
 * new page of the same browser context (so it has the same window.tiendo
 * bridge), waits for its ready signal and prints it with Chromium's PDF
 * pipeline, as Electron's webContents.printToPDF does in the app.
 */
import type { BrowserContext } from 'playwright-core';
import type { PrintToPdfRequest } from '../../core/api/host';
import { PlanError } from '../../core/errors';
import { PRINT_STATE_PROBE, type PrintState } from '../../core/export/printRoute';

export async function printWithPlaywright(context: BrowserContext, baseUrl: string, request: PrintToPdfRequest): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    await page.goto(new URL(request.route, baseUrl).href);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-print-state'), undefined, { timeout: 120_000 });
    const outcome = (await page.evaluate(PRINT_STATE_PROBE)) as PrintState;
    if (outcome.state === 'error') throw new PlanError('pdf-failed', { message: outcome.message });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: request.pageSize, landscape: request.landscape });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}
