/**
 * "Save what is being typed" before the unsaved-changes question: main's
 * side (electron/pageFlush.ts) and the page's side (electron/bridge.ts)
 * wired through two real EventEmitters standing in for ipcMain/ipcRenderer.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FLUSH_REPLY_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../../../core/api/features/shell';
import { createFlushSubscription } from '../../../electron/bridge';
import { createPageFlush } from '../../../electron/pageFlush';

/** One page: its webContents (main side) and its ipcRenderer (page side), connected both ways. */
function wiring(timeoutMs = 1000) {
  const ipcMain = new EventEmitter();
  const flushPage = createPageFlush(ipcMain as never, timeoutMs);
  const page = new EventEmitter();
  const contents = {
    id: 7,
    destroyed: false,
    requests: [] as unknown[],
    isDestroyed() {
      return this.destroyed;
    },
    send(channel: string, ...args: unknown[]) {
      this.requests.push(args[0]);
      page.emit(channel, {}, ...args);
    },
  };
  const ipcRenderer = {
    on: (channel: string, listener: (...args: any[]) => void) => page.on(channel, listener),
    removeListener: (channel: string, listener: (...args: any[]) => void) => page.removeListener(channel, listener),
    send: (channel: string, ...args: unknown[]) => ipcMain.emit(channel, { sender: { id: contents.id } }, ...args),
  };
  return { ipcMain, flushPage, contents, subscribe: createFlushSubscription(ipcRenderer as never), page };
}

describe('saving what is being typed before closing', () => {
  it('the page saves and answers; main waits for that answer', async () => {
    const { flushPage, contents, subscribe } = wiring();
    let saved = 0;
    subscribe(async () => {
      saved += 1;
      return true;
    });
    expect(await flushPage(contents)).toBe(true);
    expect(saved).toBe(1);
  });

  it('a refused value (false) or a failing page holds the close', async () => {
    const refusing = wiring();
    refusing.subscribe(async () => false);
    expect(await refusing.flushPage(refusing.contents)).toBe(false);
    const failing = wiring();
    failing.subscribe(() => Promise.reject(new Error('boom')));
    expect(await failing.flushPage(failing.contents)).toBe(false);
  });

  it('a page that never subscribed, is destroyed or does not answer in time does not hold the window open', async () => {
    const silent = wiring();
    expect(await silent.flushPage(silent.contents)).toBe(true);
    expect(silent.contents.requests).toEqual([]); // never asked
    const gone = wiring();
    gone.subscribe(async () => false);
    gone.contents.destroyed = true;
    expect(await gone.flushPage(gone.contents)).toBe(true);
    const hung = wiring(20);
    hung.subscribe(() => new Promise<boolean>(() => undefined));
    expect(await hung.flushPage(hung.contents)).toBe(true);
  });

  it('answers only count from the page that was asked, for the request it was asked', async () => {
    const { ipcMain, flushPage, contents, page } = wiring(50);
    ipcMain.emit('tiendo:flush-edits-ready', { sender: { id: contents.id } });
    page.on(FLUSH_REQUEST_CHANNEL, (_event: unknown, request: number) => {
      ipcMain.emit(FLUSH_REPLY_CHANNEL, { sender: { id: 99 } }, request, false); // another page
      ipcMain.emit(FLUSH_REPLY_CHANNEL, { sender: { id: contents.id } }, request + 1, false); // another request
    });
    expect(await flushPage(contents)).toBe(true); // neither counted: timed out
  });
});
