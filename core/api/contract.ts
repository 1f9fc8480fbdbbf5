/**
 * The one API between the renderer and the main process. Each method has a
 * zod schema for its arguments (validated by the dispatcher on the main side
 * before any handler runs) and a result type. Electron's IPC handlers, the
 * preload bridge, the renderer client and the test harness are all generated
 * from this table, so a method exists everywhere or nowhere.
 *
 * Each feature declares its methods in core/api/features/<feature>.ts; this
 * file only joins them.
 */
import type { ErrorParamValues } from '../errorMessages';
import { planFileContract, type PlanFileReturns } from './features/planFile';
import { editingContract, type EditingReturns } from './features/editing';
import { planTableContract, type PlanTableReturns } from './features/planTable';
import { sharingContract, type SharingReturns } from './features/sharing';
import { timelineExportContract, type TimelineExportReturns } from './features/timelineExport';
import { shellContract, type ShellEvents, type ShellReturns } from './features/shell';
import { progressReportContract, type ProgressReportReturns } from './features/progressReport';

export type { OpenPlan } from './features/planFile';

export const apiContract = {
  ...planFileContract,
  ...editingContract,
  ...planTableContract,
  ...sharingContract,
  ...timelineExportContract,
  ...shellContract,
  ...progressReportContract,
} as const;

export interface ApiReturns extends PlanFileReturns, EditingReturns, PlanTableReturns, SharingReturns, TimelineExportReturns, ShellReturns, ProgressReportReturns {}

export type ApiMethod = keyof typeof apiContract;
export const API_METHODS = Object.keys(apiContract) as ApiMethod[];
export type ApiArgs<M extends ApiMethod> = import('zod').infer<(typeof apiContract)[M]>;

export type TiendoApi = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<ApiReturns[M]>;
} & ShellEvents;

/** A refusal: `code` and `params` word it in the user's language (core/errorMessages.ts); `message` is its Vietnamese wording. */
export interface ApiFailure {
  code: string;
  params?: ErrorParamValues;
  message: string;
  details?: unknown;
}

/** What crosses the process boundary: errors travel as data, since Electron strips thrown errors. */
export type ApiResponse<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiFailure };

export const IPC_CHANNEL_PREFIX = 'tiendo:';
export function ipcChannel(method: ApiMethod): string {
  return IPC_CHANNEL_PREFIX + method;
}

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
