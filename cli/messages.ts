/**
 * A refusal in the user's language. PlanError messages are Vietnamese (the
 * app's); the command line's own messages are already built in --lang.
 */
import type { PlanError } from '../core/errors';
import type { Language } from './args';

export function localMessage(error: PlanError, _lang: Language): string {
  return error.message;
}
