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

export const BRIDGE_KEY = 'tiendo';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

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

export function createBridgeApi(ipcRenderer: BridgeIpc): TiendoApi {
  const client = createApiClient((method, args) => ipcRenderer.invoke(ipcChannel(method), args) as Promise<ApiResponse>);
  return { ...client, onMenuCommand: createMenuCommandSubscription(ipcRenderer) };
}

export function exposeApi(contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipcRenderer: BridgeIpc): void {
  contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridgeApi(ipcRenderer));
}
