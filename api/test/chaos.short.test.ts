import { describe, expect, it } from 'vitest';
import { printReport, runChaos } from '../chaos/run-chaos.ts';

/**
 * The short fault run (`npm run chaos` is the long one): two API processes on their own
 * PostgreSQL and Redis, buyers through the typed integration client, while a nemesis kills an
 * API process, crashes PostgreSQL and restarts Redis. The checker must find nothing wrong.
 */
describe('fault run (short)', () => {
  it('finds no oversold seat, no lost acknowledged write and no diverged subscriber through kill -9, a database crash and a Redis restart', async () => {
    const report = await runChaos({ durationMs: 24_000, buyers: 20, apis: 2, rows: 5, seatsPerRow: 20, faultEveryMs: 5000 });
    printReport(report);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.passed).toBe(report.checks.length);
    expect(Object.keys(report.faults).sort()).toEqual(['crash-postgres', 'kill-api', 'restart-redis']);
    expect(report.operations['checkout']?.['ok'] ?? 0).toBeGreaterThan(0);
    expect(report.operations['reserve']?.['ok'] ?? 0).toBeGreaterThan(0);
  }, 110_000);
});
