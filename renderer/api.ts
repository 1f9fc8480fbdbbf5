import type { TiendoApi } from '../core/api/contract';
import { wordError, type ErrorParamValues } from '../core/errorMessages';
import type { Language } from '../core/language';
import { uiLanguage } from './i18n/uiLanguage';

/** The typed API exposed by the preload. Components reach the main process only through this. */
export function api(): TiendoApi {
  if (!window.tiendo) throw new Error('Không kết nối được với tiến trình chính (thiếu window.tiendo).');
  return window.tiendo;
}

/**
 * A failure in the interface language: a refusal from the main process is
 * worded from its code and parameters; anything else shows its own message.
 */
export function errorMessage(error: unknown, language: Language = uiLanguage()): string {
  if (error instanceof Error) {
    const { code, params } = error as Error & { code?: unknown; params?: ErrorParamValues };
    return (typeof code === 'string' && wordError(code, params, language)) || error.message;
  }
  return String(error);
}
