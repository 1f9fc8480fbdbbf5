/**
 * A refusal in the user's language. PlanError messages are Vietnamese (the
 * app's); the command line's own messages are already built in --lang.
 */
import { wordError } from '../core/errorMessages';
import type { PlanError } from '../core/errors';
import type { Language } from './args';

export function localMessage(error: PlanError, lang: Language): string {
  return wordError(error.code, error.params, lang) ?? error.message;
}
