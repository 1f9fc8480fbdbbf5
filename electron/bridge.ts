/**
 * What the preload exposes: one object, window.tiendo, built from the API
 * contract. ipcRenderer itself never reaches the page — only functions that
 * invoke our own channels with our own method names.
 */
import type { ContextBridge, IpcRenderer } from 'electron';
import { createApiClient } from '../core/api/client';
import { ipcChannel, type ApiResponse, type TiendoApi } from '../core/api/contract';

export const BRIDGE_KEY = 'tiendo';

export function createBridgeApi(ipcRenderer: Pick<IpcRenderer, 'invoke'>): TiendoApi {
  return createApiClient((method, args) => ipcRenderer.invoke(ipcChannel(method), args) as Promise<ApiResponse>);
}

export function exposeApi(contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipcRenderer: Pick<IpcRenderer, 'invoke'>): void {
  contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridgeApi(ipcRenderer));
}
