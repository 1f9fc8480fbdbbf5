/**
 * IPC: one `ipcMain.handle` per contract method, each going through the
 * shared `dispatch` (argument validation, error shaping) — but only for
 * calls from the top frame of one of our windows while it shows app://tiendo. Anything
 * else (a subframe, another WebContents, a page that navigated away) is
 * refused before a handler runs.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS, ipcChannel, type ApiResponse } from '../core/api/contract';
import { dispatch, type ApiHandlers } from '../core/api/dispatch';
import { isAppUrl } from './appUrl';

/** What the sender check reads from an invoke event. */
export type SenderEvent = {
  sender: Pick<IpcMainInvokeEvent['sender'], 'id'> & { mainFrame: FrameIdentity };
  senderFrame: (FrameIdentity & { parent: unknown; url: string }) | null;
};
type FrameIdentity = { processId: number; routingId: number };

/** trustedContentsId: the id of our window's WebContents (undefined while there is none). */
export function isTrustedSender(event: SenderEvent, trustedContentsId: number | undefined): boolean {
  if (trustedContentsId === undefined || event.sender.id !== trustedContentsId) return false;
  const frame = event.senderFrame;
  // null when the frame has navigated or been destroyed since it sent the message
  if (frame === null || frame.parent !== null) return false;
  const main = event.sender.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}

export const FORBIDDEN_RESPONSE: ApiResponse = {
  ok: false,
  error: { code: 'forbidden', message: 'Yêu cầu bị từ chối: không đến từ cửa sổ của ứng dụng.' },
};

export interface IpcWiring {
  /** The current handlers (they change when the session is replaced). */
  handlers: () => ApiHandlers;
  /** The WebContents ids of our windows: the main window, and a print window while a PDF is being made. */
  trustedContentsIds: () => Iterable<number | undefined>;
}

/** The part of ipcMain used here; Electron's IpcMain satisfies it (its events are IpcMainInvokeEvents). */
export interface InvokeRegistrar {
  handle(channel: string, listener: (event: SenderEvent, args: unknown) => Promise<ApiResponse>): void;
}

export function registerApiHandlers(ipcMain: InvokeRegistrar, wiring: IpcWiring): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, args) => {
      const trusted = [...wiring.trustedContentsIds()].some((id) => isTrustedSender(event, id));
      if (!trusted) return Promise.resolve(FORBIDDEN_RESPONSE);
      return dispatch(wiring.handlers(), method, args);
    });
  }
}
