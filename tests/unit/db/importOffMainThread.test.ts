/**
 * Issue 18 item 3: an untrusted import file cannot freeze the window. The
 * table is read in a worker thread, the preview carries at most
 * PREVIEW_PAGE_ROWS rows plus the total, further rows come by page, and a
 * read can be cancelled with nothing written. Real plan file, real
 * dispatcher and handlers, real worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import { PREVIEW_PAGE_ROWS, type ImportPreview, type ImportPreviewRow, type ImportProgress } from '../../../core/api/features/planTable';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { createApiHandlers } from '../../../db/handlers';
import { parseInWorker } from '../../../db/importing/parseInWorker';
import { createPlanFile } from '../../../db/planStore';
import { openPlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { snapshot, tempDir } from './fixtures';

const HEADER = 'STT,Nội dung công việc,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian thực hiện,Sản phẩm\n';

/** A CSV just under the 20 MB import limit: about 600,000 short rows. */
function hugeCsv(file: string): number {
  const lines: string[] = [HEADER];
  let bytes = Buffer.byteLength(HEADER);
  let n = 0;
  while (bytes < 19.5 * 1024 * 1024) {
    n += 1;
    const line = `${n},Việc ${n},Văn phòng Sở,,Tháng 12/2026,\n`;
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  fs.writeFileSync(file, lines.join(''));
  return n;
}

function setUp() {
  const dir = tempDir();
  const planPath = createPlanFile(path.join(dir, 'Ke-hoach.tiendo'), createDefaultPlan());
  const session = openPlanSession(planPath);
  const host = createTestHost({ now: () => new Date('2026-05-04T08:00:00Z') });
  const handlers = createApiHandlers(session, host);
  async function call<T>(method: ApiMethod, ...args: unknown[]): Promise<T> {
    const response = await dispatch(handlers, method, args);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
    return response.value as T;
  }
  return { dir, session, host, call };
}

/** The longest pause between timer ticks on this thread while `work` runs. */
async function longestPause<T>(work: () => Promise<T>): Promise<{ value: T; pause: number }> {
  let last = performance.now();
  let pause = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    pause = Math.max(pause, now - last);
    last = now;
  }, 10);
  try {
    const value = await work();
    return { value, pause: Math.max(pause, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

describe('a huge import is read off the main thread', () => {
  it('keeps the event loop ticking through a 19.5 MB CSV, sends a capped preview with the total, and pages the rest', async () => {
    const { dir, host, call, session } = setUp();
    const source = path.join(dir, 'huge.csv');
    const total = hugeCsv(source);
    host.openAnswers.push(source);
    const { value: preview, pause } = await longestPause(() => call<ImportPreview>('previewImport', { kind: 'file' }));
    // Today's reader blocked the main process for seconds; a worker leaves it free (the bound is generous for a busy machine).
    expect(pause).toBeLessThan(500);
    expect(preview.format).toBe('csv');
    expect(preview.totalRows).toBe(total);
    expect(preview.rows).toHaveLength(PREVIEW_PAGE_ROWS);
    expect(preview.flaggedRows).toBe(0);
    expect(preview.newUnits).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ stt: '1', name: 'Việc 1', lead: 'Văn phòng Sở', windowStart: '2026-12-01', windowEnd: '2026-12-31' });

    const page = await call<ImportPreviewRow[]>('previewImportRows', { previewId: preview.previewId, offset: total - 3, limit: 10 });
    expect(page.map((r) => [r.stt, r.name])).toEqual([total - 2, total - 1, total].map((n) => [String(n), `Việc ${n}`]));
    const middle = await call<ImportPreviewRow[]>('previewImportRows', { previewId: preview.previewId, offset: PREVIEW_PAGE_ROWS, limit: PREVIEW_PAGE_ROWS });
    expect(middle).toHaveLength(PREVIEW_PAGE_ROWS);
    expect(middle[0]?.stt).toBe(String(PREVIEW_PAGE_ROWS + 1));
    await expect(call('previewImportRows', { previewId: preview.previewId, offset: 0, limit: PREVIEW_PAGE_ROWS + 1 })).rejects.toMatchObject({ code: 'invalid-arguments' });
    session.close();
  }, 120_000);

  it('a cancelled read stops its worker, returns null and writes nothing', async () => {
    const { dir, host, call, session } = setUp();
    const source = path.join(dir, 'huge.csv');
    hugeCsv(source);
    const before = snapshot(dir);
    host.openAnswers.push(source);
    const reading = call<ImportPreview | null>('previewImport', { kind: 'file' });
    while ((await call<ImportProgress | null>('importProgress')) === null) await new Promise((r) => setTimeout(r, 5));
    expect(await call('cancelImport')).toBe(true);
    expect(await reading).toBeNull();
    expect(await call('importProgress')).toBeNull();
    expect(await call('cancelImport')).toBe(false);
    expect(snapshot(dir)).toEqual(before);
    session.close();
  }, 120_000);

  it('cancel terminates the worker thread itself', async () => {
    const run = parseInWorker({ source: { kind: 'text', text: `${HEADER.replaceAll(',', '\t')}${'1\tViệc\tVăn phòng Sở\t\tTháng 12/2026\t\n'.repeat(100_000)}` }, year: 2026, units: [] });
    run.cancel();
    expect(await run.result).toBeNull();
    await run.exited; // would hang (test timeout) if the thread kept running
  }, 60_000);
});
