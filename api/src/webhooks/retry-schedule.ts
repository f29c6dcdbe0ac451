/**
 * How long after a failed attempt the next one is made: the Standard Webhooks schedule (as Svix
 * runs it): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, i.e. eight attempts over 27 h 35 min, more
 * than the 24 hours the contract promises. Null: that was the last attempt.
 */
const DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600];

export function nextAttemptAfter(failedAttempts: number, failedAt: Date): Date | null {
  const delay = DELAYS_SECONDS[failedAttempts - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay * 1000);
}

/** From the first attempt to the last, when every one fails. */
export const RETRY_SPAN_SECONDS = DELAYS_SECONDS.reduce((a, b) => a + b, 0);
export const MAX_ATTEMPTS = DELAYS_SECONDS.length + 1;
