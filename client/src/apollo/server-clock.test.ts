import { describe, expect, it } from 'vitest';
import { createServerClock } from './server-clock.ts';

const T = Date.parse('2026-11-23T10:00:00.000Z');
const header = (ms: number) => new Date(ms).toUTCString();

describe('the server clock seen from the browser', () => {
  it('is the browser clock until a response is seen', () => {
    const clock = createServerClock(() => T);
    expect(clock.offsetMs()).toBe(0);
    expect(clock.now()).toBe(T);
  });

  it('a browser ten minutes fast: the offset is found within half a second plus half the round trip', () => {
    const skew = 10 * 60_000;
    const server = T + 300; // the server's true time when it wrote the header
    // The browser's clock reads server time + 10 minutes.
    const clock = createServerClock(() => server + skew + 40);
    clock.observe(header(server), server + skew - 20, server + skew + 20);
    expect(Math.abs(clock.offsetMs() - -skew)).toBeLessThanOrEqual(520);
    expect(Math.abs(clock.now() - (server + 40))).toBeLessThanOrEqual(520);
  });

  it('successive exchanges narrow the estimate', () => {
    // The browser's clock reads server time + 3 min 123 ms: the offset is minus that.
    const skew = -(3 * 60_000 + 123);
    const clock = createServerClock();
    const errors: number[] = [];
    // Responses written at different points of the server's second: each cuts the interval.
    for (const at of [T + 100, T + 2_950, T + 5_500, T + 7_020, T + 9_730]) {
      clock.observe(header(at), at - skew - 15, at - skew + 15);
      errors.push(Math.abs(clock.offsetMs() - skew));
    }
    expect(errors.at(-1)).toBeLessThanOrEqual(60);
    expect(errors.at(-1)!).toBeLessThan(errors[0]!);
  });

  it('starts over when the browser clock jumps, and ignores responses without a usable Date', () => {
    const clock = createServerClock();
    clock.observe(header(T), T - 10, T + 10);
    expect(Math.abs(clock.offsetMs())).toBeLessThanOrEqual(510);
    clock.observe(null, T, T + 5);
    clock.observe('not a date', T, T + 5);
    expect(Math.abs(clock.offsetMs())).toBeLessThanOrEqual(510);
    // The user sets the browser clock an hour back.
    const jump = 3_600_000;
    clock.observe(header(T + 5_000), T + 5_000 - jump - 10, T + 5_000 - jump + 10);
    expect(Math.abs(clock.offsetMs() - jump)).toBeLessThanOrEqual(510);
  });
});
