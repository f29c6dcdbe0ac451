import { describe, expect, it } from 'vitest';
import { printReport, runChaos, type ChaosReport } from '../chaos/run-chaos.ts';
import { SubscriberLedger } from '../chaos/subscriber-ledger.ts';

/** The checker's subscriber rules must be able to fail: fed a bad sequence, they say so. */
describe('subscriber ledger (the fault run’s judge of what subscribers saw)', () => {
  const available = (version: number) => ({ version, status: 'AVAILABLE' });
  const held = (version: number) => ({ version, status: 'HELD' });

  it('finds a seat whose version went backwards (or repeated) within one connection', () => {
    const ledger = new SubscriberLedger();
    ledger.connected();
    ledger.update('7', held(2));
    ledger.update('7', available(3));
    ledger.update('7', held(2));
    ledger.update('7', available(3));
    expect(ledger.streamViolations).toEqual([
      { seat: '7', connection: 1, previous: 3, received: 2 },
      { seat: '7', connection: 1, previous: 3, received: 3 },
    ]);
    expect(ledger.view.get('7')).toEqual(available(3));
  });

  it('starts each connection afresh: an older version right after a reconnect is ignored, not a violation', () => {
    const ledger = new SubscriberLedger();
    ledger.connected();
    ledger.update('7', held(4));
    ledger.connected();
    ledger.snapshot('8', held(6));
    ledger.update('7', held(4));
    ledger.update('8', available(5));
    ledger.update('7', available(5));
    ledger.update('9', held(2));
    expect(ledger.streamViolations).toEqual([]);
    expect(ledger.viewViolations).toEqual([]);
    expect(ledger.behindEarlierConnection).toBe(1);
    expect(ledger.behindSnapshot).toBe(1);
    expect([...ledger.view]).toEqual([['7', available(5)], ['8', held(6)], ['9', held(2)]]);
    expect(ledger.received).toBe(5);
  });

  it('finds an applied view that went backwards, and one version shown with two statuses', () => {
    const ledger = new SubscriberLedger();
    ledger.connected();
    ledger.update('7', held(5));
    ledger.changeView('7', available(4), 'snapshot');
    ledger.snapshot('8', held(3));
    ledger.update('8', available(3));
    expect(ledger.viewViolations.map((v) => `${v.seat} ${v.kind} v${v.from.version}->v${v.to.version} ${v.source}`)).toEqual([
      '7 backwards v5->v4 snapshot',
      '8 two states for one version v3->v3 update',
    ]);
  });
});

/**
 * The short fault run (`npm run chaos` is the long one): two API processes on their own
 * PostgreSQL and Redis, buyers through the typed integration client, subscribers through a TCP
 * proxy, while a nemesis kills an API process, crashes PostgreSQL, cuts the subscribers'
 * sockets and restarts Redis. The checker must find nothing wrong, and must find a broken API.
 */
describe('fault run (short)', () => {
  it('finds no oversold seat, no lost acknowledged write, no failed write that happened, no lost update and no subscriber going backwards through kill -9, a database crash, a socket cut and a Redis restart', async () => {
    // CHAOS_EVIDENCE=run.json keeps what the checker judged, for `node api/chaos/rejudge.ts run.json`.
    const report = await runChaos({ durationMs: 24_000, buyers: 20, apis: 2, rows: 5, seatsPerRow: 20, faultEveryMs: 4000, evidenceFile: process.env['CHAOS_EVIDENCE'] ?? null });
    printReport(report);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.passed).toBe(report.checks.length);
    expect(Object.keys(report.faults).sort()).toEqual(['crash-postgres', 'cut-sockets', 'kill-api', 'restart-redis']);
    expect(report.operations['checkout']?.['ok'] ?? 0).toBeGreaterThan(0);
    expect(report.operations['reserve']?.['ok'] ?? 0).toBeGreaterThan(0);
    // The partners' checks ran, and had something to judge.
    expect(report.checks.some((c) => /delivered to its webhook/.test(c.name))).toBe(true);
    expect(report.checks.some((c) => /checked in twice/.test(c.name))).toBe(true);
    expect(report.operations['checkIn']?.['ok'] ?? 0).toBeGreaterThan(0);
  }, 110_000);

  const sabotaged = (sabotage: 'drop-publish' | 'lose-ack') => runChaos({ durationMs: 12_000, buyers: 16, apis: 2, rows: 5, seatsPerRow: 20, faultEveryMs: 4000, sabotage });
  const failing = (report: ChaosReport, name: string) => report.checks.find((c) => !c.ok && c.name.startsWith(name));

  it('fails when the API drops one publish in 20 (sabotage), naming each lost change and the operation that made it', async () => {
    const report = await sabotaged('drop-publish');
    expect(report.failed).toBeGreaterThan(0);
    expect(failing(report, 'every subscriber received every seat change')?.detail).toMatch(/seat \d+ v\d+ \w+ \(\w+ by chaos-api-\d .*never arrived/);
  }, 90_000);

  it('fails when the API answers OK for a reservation it rolled back (sabotage), naming the operation', async () => {
    const report = await sabotaged('lose-ack');
    expect(failing(report, 'every acknowledged operation took effect')?.detail).toMatch(/reserve by buyer \d+ \(seat \d+, version \d+\) ok v\d+, .*: no such change/);
  }, 90_000);
});
