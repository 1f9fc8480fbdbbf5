/**
 * An expected failure, for the user: a code with parameters, worded in
 * Vietnamese or English where it is shown (core/errorMessages.ts). Code that
 * refuses bad input throws this; anything else reaching the API boundary is
 * reported as an unexpected error. `message` is the Vietnamese wording, for
 * logs and callers that show one language.
 */
import { wordError, type ErrorCode, type ErrorParams, type ErrorParamValues } from './errorMessages';

type ParamsArg<C extends ErrorCode> = ErrorParams<C> extends Record<string, never> ? [params?: ErrorParams<C>] : [params: ErrorParams<C>];
/** A code with the parameters its wording needs (checked per code). */
export type Refusal = { [C in ErrorCode]: [code: C, ...ParamsArg<C>] }[ErrorCode];
type RefusalWithDetails = { [C in ErrorCode]: [code: C, ...ParamsArg<C>, details?: unknown] }[ErrorCode];
/**
 * @deprecated A sentence instead of parameters: shown as written in every
 * language. Only for code not yet converted; add the code to core/errorMessages.ts.
 */
type Sentence = [code: string, message: string, details?: unknown];

export class PlanError extends Error {
  readonly code: string;
  /** Undefined for a sentence-only refusal (not worded per language). */
  readonly params: ErrorParamValues | undefined;
  readonly details?: unknown;

  constructor(...[code, params, details]: RefusalWithDetails | Sentence) {
    const values = typeof params === 'string' ? undefined : ((params ?? {}) as ErrorParamValues);
    super(typeof params === 'string' ? params : (wordError(code, values, 'vi') ?? code));
    this.name = 'PlanError';
    this.code = code;
    this.params = values;
    this.details = details;
  }

  /** The same refusal naming `to` wherever it named the path `from` (a working copy shown as its original). */
  withPathShownAs(from: string, to: string): PlanError {
    const shown = (value: unknown) => (typeof value === 'string' ? value.split(from).join(to) : value);
    if (this.params === undefined) return new PlanError(this.code, shown(this.message) as string, this.details);
    const params = Object.fromEntries(Object.entries(this.params).map(([key, value]) => [key, shown(value)])) as ErrorParamValues;
    return PlanError.revive(this.code, this.message, params, this.details);
  }

  /** A refusal rebuilt from the parts it was sent as (from the import worker): worded again, in any language. */
  static revive(code: string, message: string, params: ErrorParamValues | undefined, details?: unknown): PlanError {
    if (params === undefined) return new PlanError(code, message, details);
    return new PlanError(...([code, params, details] as unknown as RefusalWithDetails));
  }
}
