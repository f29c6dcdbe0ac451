import { describe, expect, it } from 'vitest';
import { closedLoop, mergeRuns, openLoop, type LoadRun } from '../bench/lib/load.ts';
import { nonOkBar } from '../bench/lib/report.ts';
import { describeNonOk, nonOkShare } from '../bench/lib/stats.ts';

/** A repeatable random source (mulberry32), so an arrival process can be checked exactly. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('bench figures count OK answers only (issue 16)', () => {
  it('a path that fails fast does not look fast: throughput and latency come from its OK answers, its failures are its non-OK share', () => {
    const run: LoadRun = {
      latenciesMs: [10, 12, 1, 1, 1, 1, 1, 1, 1, 1],
      outcomes: ['OK', 'OK', 'HTTP_500', 'HTTP_500', 'HTTP_500', 'HTTP_500', 'HTTP_500', 'HTTP_500', 'CONFLICT', 'CONFLICT'],
      elapsedMs: 1000,
      workersExhausted: 0,
    };
    const result = mergeRuns(4, [run]);
    expect(result.ok).toBe(2);
    expect(result.okPerSecond).toBe(2);
    expect(result.latencyMs.p50).toBe(10);
    expect(result.latencyMs.max).toBe(12);
    expect(result.nonOkShare).toBeCloseTo(0.8);
    expect(result.outcomes).toEqual({ OK: 2, HTTP_500: 6, CONFLICT: 2 });
    expect(describeNonOk(result.outcomes)).toBe('80.0 % (HTTP_500 6, CONFLICT 2)');
  });

  it('the non-OK bar fails above its stated share and passes at or below it', () => {
    expect(nonOkBar('x', nonOkShare({ OK: 99, CONFLICT: 1 }), 0.01).passed).toBe(true);
    expect(nonOkBar('x', nonOkShare({ OK: 98, CONFLICT: 2 }), 0.01).passed).toBe(false);
    expect(nonOkBar('x', nonOkShare({}), 0.01).passed).toBe(true);
  });
});

describe('load loops', () => {
  it('a closed loop keeps exactly `workers` requests in flight and counts only what was sent after the warm-up', async () => {
    let inFlight = 0;
    let most = 0;
    const run = await closedLoop({ workers: 5, warmupMs: 50, measureMs: 150 }, async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 10));
      inFlight--;
      return 'OK';
    });
    expect(most).toBe(5);
    // 5 workers x 150 ms / ~10 ms each (timers are late, never early): at most 75 counted, well above none.
    expect(run.outcomes.length).toBeGreaterThan(20);
    expect(run.outcomes.length).toBeLessThanOrEqual(80);
    expect(Math.min(...run.latenciesMs)).toBeGreaterThanOrEqual(9);
  });

  it('an open loop sends at its arrivals whatever the server does, and times each answer from its scheduled arrival', async () => {
    let inFlight = 0;
    let most = 0;
    // A server that takes 100 ms: a closed loop of 1 would send ~4 requests in 400 ms; arrivals at 200/s do not wait for it.
    const run = await openLoop({ ratePerSecond: 200, warmupMs: 0, measureMs: 400, random: seeded(7) }, async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 100));
      inFlight--;
      return 'OK';
    });
    expect(run.sent).toBeGreaterThan(50);
    expect(run.sent).toBeLessThan(110);
    expect(most).toBeGreaterThan(10);
    expect(Math.min(...run.latenciesMs)).toBeGreaterThanOrEqual(99);
    expect(run.elapsedMs).toBe(400);
  });

  it('Poisson arrivals average the asked rate', async () => {
    const run = await openLoop({ ratePerSecond: 1000, warmupMs: 0, measureMs: 500, random: seeded(42) }, async () => 'OK');
    // 500 expected; a Poisson count of mean 500 lies within 4 standard deviations (about 90) of it.
    expect(run.sent).toBeGreaterThan(410);
    expect(run.sent).toBeLessThan(590);
  });
});
