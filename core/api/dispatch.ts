/**
 * The single entry point for API calls on the main side: Electron's IPC
 * handlers and the test harness both go through `dispatch`, so arguments are
 * validated by the contract's schemas and errors are shaped the same way.
 */
import { z } from 'zod';
import { PlanError } from '../errors';
import { FIELD_LABELS } from '../fieldLabels';
import { wellFormedStrings, wellFormedText } from '../text';
import { apiContract, isApiMethod, type ApiArgs, type ApiMethod, type ApiResponse, type ApiReturns } from './contract';

export type ApiHandlers = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => ApiReturns[M] | Promise<ApiReturns[M]>;
};

/** The handlers of one feature's part of the contract. */
export type ApiHandlersFor<C extends Partial<Record<ApiMethod, unknown>>> = Pick<ApiHandlers, keyof C & ApiMethod>;

export async function dispatch(handlers: ApiHandlers, method: unknown, args: unknown): Promise<ApiResponse> {
  if (!isApiMethod(method)) return failure(new PlanError('unknown-method', { method: String(method).slice(0, 100) }));
  const parsed = apiContract[method].safeParse(args, { error: vietnameseErrors });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issueText(issue) }));
    const first = issues[0]!;
    // zod's issue is worded in Vietnamese only: English names where it is (`at`).
    return failure(new PlanError('invalid-arguments', { method, where: fieldName(first.path), issue: first.message, at: first.path.join('.') }, issues));
  }
  try {
    const handler = handlers[method] as (...a: unknown[]) => unknown;
    const value = await handler(...normaliseArgs(method, parsed.data as unknown[]));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof PlanError) return failure(error);
    return failure(new PlanError('unexpected', { text: error instanceof Error ? error.message : String(error) }));
  }
}

/** Methods whose first argument is a file path: a path is the file system's name, never re-normalised (NFD names exist). */
const PATH_FIRST: ReadonlySet<ApiMethod> = new Set(['openPlan', 'openPlanWith']);

/** Every string reaching a handler is well-formed NFC text (see wellFormedText), so stored text reads back the same. */
function normaliseArgs(method: ApiMethod, args: unknown[]): unknown[] {
  if (!PATH_FIRST.has(method)) return wellFormedStrings(args);
  const [file, ...rest] = args;
  return [wellFormedText(file as string, { nfc: false }), ...wellFormedStrings(rest)];
}

const vietnameseErrors = z.locales.vi().localeError;

/** zod's Vietnamese text, except where it says nothing ("mong đợi số, nhận được số" for Infinity or NaN). */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'phải là một số hữu hạn';
  return issue.message;
}

/** "Thời lượng — " for the field the issue is about, by its last named path segment. */
function fieldName(path: readonly string[]): string {
  const key = [...path].reverse().find((segment) => !/^\d+$/u.test(segment));
  const label = key === undefined ? undefined : FIELD_LABELS[key];
  return label ? `${label} — ` : key ? `${key} — ` : '';
}

/** A refusal as it crosses the boundary: the code and parameters to word it, and its Vietnamese wording for older callers. */
function failure(error: PlanError): ApiResponse {
  const shaped = error.params === undefined ? { code: error.code, message: error.message } : { code: error.code, params: error.params, message: error.message };
  return { ok: false, error: error.details === undefined ? shaped : { ...shaped, details: error.details } };
}
