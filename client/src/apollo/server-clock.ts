/**
 * The server's clock as this browser can know it, for countdowns that must not depend on the
 * browser's own clock: a laptop a few minutes fast would show a live hold as expired, one a few
 * minutes slow would promise time the buyer does not have.
 *
 * Every HTTP response carries the server's `Date` header, in whole seconds. The server wrote it
 * at some server time in [Date, Date + 1 s), and at some browser time between the request's send
 * and the response's receipt, so one exchange bounds the offset (server time − browser time) to
 * [Date − receivedAt, Date + 1000 − sentAt]. Bounds from successive exchanges are intersected,
 * which narrows the estimate as NTP's filtering does; when they stop overlapping, the browser's
 * clock was changed, and the estimate starts over from the latest exchange.
 */
export interface ServerClock {
  /** One HTTP exchange: the response's `Date` header and the browser's times around it. */
  observe(dateHeader: string | null, sentAt: number, receivedAt: number): void;
  /** Server time minus browser time, in ms: the middle of what the exchanges allow (0 before any). */
  offsetMs(): number;
  /** The server's time now, by the browser's clock and the offset. */
  now(): number;
}

export function createServerClock(browserNow: () => number = Date.now): ServerClock {
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  const offsetMs = () => (Number.isFinite(low) && Number.isFinite(high) ? Math.round((low + high) / 2) : 0);
  return {
    observe(dateHeader, sentAt, receivedAt) {
      const date = dateHeader === null ? Number.NaN : Date.parse(dateHeader);
      if (Number.isNaN(date) || receivedAt < sentAt) return;
      const sampleLow = date - receivedAt;
      const sampleHigh = date + 1000 - sentAt;
      if (sampleLow > high || sampleHigh < low) {
        low = sampleLow;
        high = sampleHigh;
        return;
      }
      low = Math.max(low, sampleLow);
      high = Math.min(high, sampleHigh);
    },
    offsetMs,
    now: () => browserNow() + offsetMs(),
  };
}
