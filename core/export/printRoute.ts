/**
 * The print view's address and its handshake with whoever prints it
 * (Electron's hidden window, or Playwright in the tests): the options travel
 * in the URL hash, and the page reports on <html data-print-state> when its
 * pages are laid out and its fonts loaded ("ready"), or why it could not
 * ("error", message in data-print-error). Not the title: Chromium writes the
 * title into the PDF's metadata, where the plan's title belongs.
 */
import { PlanError } from '../errors';
import { timelineExportOptionsSchema, type TimelineExportOptions } from './options';

const HASH_PREFIX = '#print?o=';
export type PrintState = { state: 'ready' } | { state: 'error'; message: string } | { state: 'pending' };

/** What reportPrintState needs of the page's document (core stays free of the DOM's types). */
export interface PrintStateDocument {
  documentElement: { dataset: Record<string, string | undefined> };
}

/** Marks the print view's outcome on the document element. */
export function reportPrintState(doc: PrintStateDocument, outcome: { ready: true } | { error: string }): void {
  const root = doc.documentElement;
  if ('error' in outcome) root.dataset.printError = outcome.error;
  root.dataset.printState = 'error' in outcome ? 'error' : 'ready';
}

/**
 * An expression that reads the outcome in the page (a PrintState). A string,
 * not a function's source, so no bundler can rename or wrap what runs there:
 * Playwright's page.evaluate(PRINT_STATE_PROBE), Electron's executeJavaScript(PRINT_STATE_PROBE).
 */
export const PRINT_STATE_PROBE = `(() => {
  const root = document.documentElement;
  const state = root.getAttribute('data-print-state');
  if (state === 'ready') return { state: 'ready' };
  if (state === 'error') return { state: 'error', message: root.getAttribute('data-print-error') || '' };
  return { state: 'pending' };
})()`;

/** Also used by the progress report's print route (core/report/reportPrintRoute.ts). */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(data: string): string {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The print view's route, relative to the renderer's folder: "index.html#print?o=…". */
export function printRoute(options: TimelineExportOptions): string {
  return `index.html${HASH_PREFIX}${toBase64Url(JSON.stringify(options))}`;
}

export function isPrintHash(hash: string): boolean {
  return hash.startsWith(HASH_PREFIX);
}

/** The options in a print view's location.hash; PlanError when they are unreadable or invalid. */
export function parsePrintHash(hash: string): TimelineExportOptions {
  if (!isPrintHash(hash)) throw new PlanError('invalid-print-route', { reason: 'address' });
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(hash.slice(HASH_PREFIX.length)));
  } catch {
    throw new PlanError('invalid-print-route', { reason: 'unreadable' });
  }
  const parsed = timelineExportOptionsSchema.safeParse(value);
  if (!parsed.success) throw new PlanError('invalid-print-route', { reason: 'options' });
  return parsed.data;
}
