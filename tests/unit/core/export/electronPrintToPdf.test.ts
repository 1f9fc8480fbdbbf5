/**
 * electron/printToPdf.ts against a fake window: it loads the route on the
 * app's origin, waits for the view's ready mark (running the real probe
 * against a document), prints with the view's own page size and margins,
 * and turns a view's error into a Vietnamese PlanError.
 */
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../../core/errors';
import { printRoute, reportPrintState } from '../../../../core/export/printRoute';
import { defaultExportOptions } from '../../../../core/export/options';
import { printToPdf, type PrintWindow } from '../../../../electron/printToPdf';

function fakeDocument() {
  const attrs = new Map<string, string>();
  const documentElement = {
    dataset: new Proxy({} as Record<string, string>, {
      set: (_t, key: string, value: string) => (attrs.set(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value), true),
    }),
    getAttribute: (name: string) => attrs.get(name) ?? null,
  };
  return { documentElement } as unknown as Document;
}

function fakeWindow(doc: Document, answerAfterPolls: number) {
  const calls: { loaded?: string; printed?: unknown; polls: number } = { polls: 0 };
  const window: PrintWindow = {
    loadURL: async (url: string) => {
      calls.loaded = url;
    },
    webContents: {
      executeJavaScript: async (code: string) => {
        calls.polls += 1;
        if (calls.polls === answerAfterPolls) reportPrintState(doc, { ready: true });
        return new Function('document', `return ${code}`)(doc);
      },
      printToPDF: async (options: unknown) => {
        calls.printed = options;
        return Buffer.from('%PDF-1.4 fake');
      },
    } as unknown as PrintWindow['webContents'],
  };
  return { window, calls };
}

describe('printToPdf (Electron)', () => {
  const route = printRoute({ ...defaultExportOptions('2026-05-20'), preset: 'A3', orientation: 'portrait' });

  it('loads the print route on the app origin, waits for ready, prints with the CSS page size', async () => {
    const { window, calls } = fakeWindow(fakeDocument(), 3);
    const bytes = await printToPdf(window, 'app://tiendo/index.html', { route, pageSize: 'A3', landscape: false });
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.4 fake');
    expect(calls.loaded).toBe(`app://tiendo/${route}`);
    expect(calls.polls).toBe(3);
    expect(calls.printed).toMatchObject({ pageSize: 'A3', landscape: false, preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  });

  it('reports the view’s own message when it cannot lay out', async () => {
    const doc = fakeDocument();
    reportPrintState(doc, { error: 'Không có công việc nào trong khoảng thời gian và bộ lọc đã chọn.' });
    const { window, calls } = fakeWindow(doc, -1);
    await expect(printToPdf(window, 'app://tiendo/index.html', { route, pageSize: 'A4', landscape: true })).rejects.toEqual(
      new PlanError('pdf-failed', { message: 'Không có công việc nào trong khoảng thời gian và bộ lọc đã chọn.' }),
    );
    expect(calls.printed).toBeUndefined();
  });

  it('gives up on a view that never answers', async () => {
    const { window } = fakeWindow(fakeDocument(), -1);
    await expect(printToPdf(window, 'app://tiendo/index.html', { route, pageSize: 'A4', landscape: true }, 120)).rejects.toMatchObject({ code: 'pdf-timeout' });
  });
});
