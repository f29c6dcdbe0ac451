import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, RETRY_SPAN_SECONDS, nextAttemptAfter } from './retry-schedule.ts';

describe('webhook retry schedule', () => {
  const at = new Date('2026-12-01T10:00:00Z');
  it('grows after each failure: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => (nextAttemptAfter(i + 1, at)!.getTime() - at.getTime()) / 1000);
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
  });

  it('keeps trying for more than 24 hours, then stops', () => {
    expect(RETRY_SPAN_SECONDS).toBeGreaterThan(24 * 3600);
    expect(nextAttemptAfter(MAX_ATTEMPTS, at)).toBeNull();
  });
});
