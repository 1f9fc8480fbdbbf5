/**
 * What the preload exposes: one object, window.tiendo, built from the API
 * contract, plus the menu-command subscription. ipcRenderer itself never
 * reaches the page — only functions that invoke our own channels with our
 * own method names, and a listener that receives nothing but checked
 * command ids (never Electron's event object, which carries ipcRenderer).
 */
import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';
import { createApiClient } from '../core/api/client';
import { isCommandId, MENU_COMMAND_CHANNEL, type CommandId } from '../core/api/commands';
import { ipcChannel, type ApiResponse, type TiendoApi } from '../core/api/contract';
import { FLUSH_READY_CHANNEL, FLUSH_REPLY_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../core/api/features/shell';

export const BRIDGE_KEY = 'tiendo';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>;

/** window.tiendo.onMenuCommand: subscribe; returns the unsubscribe. Unknown ids are dropped. */
export function createMenuCommandSubscription(ipcRenderer: Pick<IpcRenderer, 'on' | 'removeListener'>) {
  return (listener: (command: CommandId) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand cần một hàm.');
    const onMessage = (_event: IpcRendererEvent, command: unknown) => {
      if (isCommandId(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, onMessage);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onMessage);
    };
  };
}

/**
 * window.tiendo.onFlushRequest: the page's answer to "save what is being
 * typed" before the unsaved-changes question (electron/pageFlush.ts). Only a
 * request number and a boolean cross; a failing listener answers false.
 */
export function createFlushSubscription(ipcRenderer: Pick<IpcRenderer, 'on' | 'removeListener' | 'send'>) {
  return (listener: () => Promise<boolean>): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onFlushRequest cần một hàm.');
    const onRequest = (_event: IpcRendererEvent, request: unknown) => {
      if (typeof request !== 'number') return;
      const reply = (saved: boolean) => ipcRenderer.send(FLUSH_REPLY_CHANNEL, request, saved);
      Promise.resolve()
        .then(listener)
        .then((saved) => reply(saved === true), () => reply(false));
    };
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, onRequest);
    ipcRenderer.send(FLUSH_READY_CHANNEL);
    return () => void ipcRenderer.removeListener(FLUSH_REQUEST_CHANNEL, onRequest);
  };
}

export function createBridgeApi(ipcRenderer: BridgeIpc): TiendoApi {
  const client = createApiClient((method, args) => ipcRenderer.invoke(ipcChannel(method), args) as Promise<ApiResponse>);
  return { ...client, onMenuCommand: createMenuCommandSubscription(ipcRenderer), onFlushRequest: createFlushSubscription(ipcRenderer) };
}

export function exposeApi(contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipcRenderer: BridgeIpc): void {
  contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridgeApi(ipcRenderer));
}
