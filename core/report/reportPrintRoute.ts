/**
 * The report's print view address, "index.html#report?o=…": the options in
 * the hash (base64url JSON), read back and validated by the view. The view
 * answers the same data-print-state handshake as the timeline's
 * (core/export/printRoute.ts), so electron/printToPdf.ts prints either.
 */
import { PlanError } from '../errors';
import { fromBase64Url, toBase64Url } from '../export/printRoute';
import { reportOptionsSchema, type ReportOptions } from './reportOptions';

const HASH_PREFIX = '#report?o=';

export function reportPrintRoute(options: ReportOptions): string {
  return `index.html${HASH_PREFIX}${toBase64Url(JSON.stringify(options))}`;
}

export function isReportPrintHash(hash: string): boolean {
  return hash.startsWith(HASH_PREFIX);
}

export function parseReportPrintHash(hash: string): ReportOptions {
  if (!isReportPrintHash(hash)) throw new PlanError('invalid-print-route', { reason: 'address' });
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(hash.slice(HASH_PREFIX.length)));
  } catch {
    throw new PlanError('invalid-print-route', { reason: 'unreadable' });
  }
  const parsed = reportOptionsSchema.safeParse(value);
  if (!parsed.success) throw new PlanError('invalid-print-route', { reason: 'options' });
  return parsed.data;
}
