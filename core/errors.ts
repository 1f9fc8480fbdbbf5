/**
 * An expected failure with a message for the user (Vietnamese first). Code
 * that refuses bad input throws this; anything else reaching the API
 * boundary is reported as an unexpected error.
 */
export class PlanError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}
