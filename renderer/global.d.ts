import type { TiendoApi } from '../core/api/contract';

declare global {
  interface Window {
    /** The only bridge to the main process: set by electron/preload.ts (or the test harness). */
    readonly tiendo: TiendoApi;
  }
}

export {};
