import type { TiendoApi } from '../core/api/contract';

/** The typed API exposed by the preload. Components reach the main process only through this. */
export function api(): TiendoApi {
  if (!window.tiendo) throw new Error('Không kết nối được với tiến trình chính (thiếu window.tiendo).');
  return window.tiendo;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
