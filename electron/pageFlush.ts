/**
 * Before the unsaved-changes question (closing the window, New, Open…) the
 * page saves the text still being typed in a field (renderer/state/pendingEdits.ts),
 * so the question — or a close without one — sees every edit. main asks on
 * FLUSH_REQUEST_CHANNEL; the page answers on FLUSH_REPLY_CHANNEL whether all
 * was saved (false: a value was refused, its field says why, nothing closes).
 * A page that never said it answers, is gone, or does not answer in time
 * does not hold the window open.
 */
import { FLUSH_READY_CHANNEL, FLUSH_REPLY_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../core/api/features/shell';

export interface FlushIpc {
  on(channel: string, listener: (event: { sender: { id: number } }, ...args: unknown[]) => void): unknown;
}

export interface FlushTarget {
  id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export const FLUSH_TIMEOUT_MS = 3000;

/** Returns `flushPage(contents)`: resolves false only when the page refused a value. */
export function createPageFlush(ipcMain: FlushIpc, timeoutMs = FLUSH_TIMEOUT_MS) {
  const answering = new Set<number>();
  const waiting = new Map<number, { contentsId: number; done(saved: boolean): void }>();
  let nextRequest = 1;
  ipcMain.on(FLUSH_READY_CHANNEL, (event) => void answering.add(event.sender.id));
  ipcMain.on(FLUSH_REPLY_CHANNEL, (event, request, saved) => {
    const entry = typeof request === 'number' ? waiting.get(request) : undefined;
    if (entry && entry.contentsId === event.sender.id) entry.done(saved === true);
  });
  return (contents: FlushTarget | null): Promise<boolean> => {
    if (!contents || contents.isDestroyed() || !answering.has(contents.id)) return Promise.resolve(true);
    const request = nextRequest++;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => finish(true), timeoutMs);
      function finish(saved: boolean) {
        clearTimeout(timer);
        waiting.delete(request);
        resolve(saved);
      }
      waiting.set(request, { contentsId: contents.id, done: finish });
      contents.send(FLUSH_REQUEST_CHANNEL, request);
    });
  };
}
