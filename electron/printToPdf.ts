/**
 * HostServices.printToPdf for the app: loads the timeline print view in a
 * window the caller provides (hidden, with the app's preload and sender
 * checks, since the view reads the plan through window.tiendo), waits until
 * the view reports its pages ready (core/export/printRoute.ts), and prints
 * with Chromium's PDF pipeline at the size the view's CSS @page declares.
 *
 * main.ts creates the BrowserWindow and closes it afterwards; this module
 * only uses it (type import only: see tests/unit/electron/boundaries.test.ts).
 */
import type { BrowserWindow } from 'electron';
import type { PrintToPdfRequest } from '../core/api/host';
import { PlanError } from '../core/errors';
import { PRINT_STATE_PROBE, type PrintState } from '../core/export/printRoute';

/** A 1,000-task plan lays out in well under a second; this only catches a view that never answers. */
export const PRINT_TIMEOUT_MS = 120_000;
const POLL_MS = 50;

/** The parts of a BrowserWindow used here (a BrowserWindow satisfies it; tests pass a fake). */
export interface PrintWindow {
  loadURL: BrowserWindow['loadURL'];
  webContents: Pick<BrowserWindow['webContents'], 'executeJavaScript' | 'printToPDF'>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * @param baseUrl the renderer's index, e.g. APP_INDEX_URL ("app://tiendo/index.html");
 *   the request's route is resolved against it.
 */
export async function printToPdf(window: PrintWindow, baseUrl: string, request: PrintToPdfRequest, timeoutMs = PRINT_TIMEOUT_MS): Promise<Uint8Array> {
  await window.loadURL(new URL(request.route, baseUrl).href);
  const contents = window.webContents;
  const deadline = Date.now() + timeoutMs;
  let outcome: PrintState = { state: 'pending' };
  while (outcome.state === 'pending') {
    if (Date.now() > deadline) throw new PlanError('pdf-timeout');
    await sleep(POLL_MS);
    outcome = (await contents.executeJavaScript(PRINT_STATE_PROBE)) as PrintState;
  }
  if (outcome.state === 'error') throw new PlanError('pdf-failed', { message: outcome.message });
  const data = await contents.printToPDF({
    pageSize: request.pageSize,
    landscape: request.landscape,
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 }, // the view draws its own margins inside each page
  });
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** A hidden window made for one print: printToPdf's parts plus what main needs to trust and dispose of it. */
export interface DisposablePrintWindow extends PrintWindow {
  webContents: PrintWindow['webContents'] & { id: number };
  isDestroyed(): boolean;
  destroy(): void;
}

/**
 * HostServices.printToPdf for the app: prints in a fresh hidden window (same
 * preload and sender checks as the main window), whose WebContents is in
 * `trusted` only while it prints, and which is destroyed afterwards.
 */
export async function printInHiddenWindow(
  createWindow: () => DisposablePrintWindow,
  trusted: Set<number>,
  baseUrl: string,
  request: PrintToPdfRequest,
): Promise<Uint8Array> {
  const window = createWindow();
  const contentsId = window.webContents.id;
  trusted.add(contentsId);
  try {
    return await printToPdf(window, baseUrl, request);
  } finally {
    trusted.delete(contentsId);
    if (!window.isDestroyed()) window.destroy();
  }
}
