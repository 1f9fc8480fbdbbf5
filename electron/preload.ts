/**
 * Preload (sandboxed, bundled to out/preload/index.cjs: sandboxed preloads
 * must be CommonJS and may require only 'electron'). Everything else it
 * needs is bundled in.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeApi } from './bridge';

exposeApi(contextBridge, ipcRenderer);
