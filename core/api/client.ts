import type { ErrorParamValues } from '../errorMessages';
import { API_METHODS, type ApiMethod, type ApiResponse, type TiendoApi } from './contract';

/** A failure reported by the main process: its code and parameters, with its Vietnamese message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly params: ErrorParamValues = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Invoke = (method: ApiMethod, args: unknown[]) => Promise<ApiResponse>;

/** Builds the typed API from one transport (Electron IPC in the app, a Playwright binding in tests). */
export function createApiClient(invoke: Invoke): TiendoApi {
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    client[method] = async (...args: unknown[]) => {
      const response = await invoke(method, args);
      if (response.ok) return response.value;
      throw new ApiError(response.error.code, response.error.message, response.error.details, response.error.params);
    };
  }
  return client as unknown as TiendoApi;
}
