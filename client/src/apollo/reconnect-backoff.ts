/**
 * Exponential backoff with full jitter, capped: many browsers dropped by one server restart
 * must not all come back in the same millisecond.
 */
export function reconnectDelayMs(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(10_000, 300 * 2 ** retries);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
