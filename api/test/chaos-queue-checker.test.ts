import { describe, expect, it } from 'vitest';
import { busiestMinute, checkQueue, type QueueEvidence } from '../chaos/queue-checker.ts';
import { newQueueLog } from '../chaos/queue-workload.ts';

/** The fault run's judge of the waiting room must be able to fail: each rule, fed one planted violation, says so. */
const base = (): QueueEvidence => {
  const t0 = Date.parse('2026-12-01T10:00:00Z');
  const tickets = Array.from({ length: 40 }, (_, i) => ({ id: i + 1, position: i + 1, status: i < 30 ? 'ADMITTED' : 'WAITING', admittedAt: i < 30 ? t0 + i * 1000 : null }));
  const log = newQueueLog();
  log.told.push({ buyer: 1, ticketId: '3', at: t0 + 5000 });
  log.reservesBefore.push({ buyer: 9, ticketId: '35', outcome: 'fail', code: 'NOT_ADMITTED', at: t0 + 2000 });
  // Answered after its ticket's admission: allowed to succeed.
  log.reservesBefore.push({ buyer: 3, ticketId: '3', outcome: 'ok', at: t0 + 2500 });
  return { admitPerMinute: 60, tickets, log, kills: [t0 + 10_500], end: t0 + 40_000 };
};
const failing = (evidence: QueueEvidence) => checkQueue(evidence).filter((c) => !c.ok).map((c) => c.name);

describe('the fault run’s queue checker', () => {
  it('passes a clean run', () => {
    expect(failing(base())).toEqual([]);
  });

  it('finds admissions beyond the rate in a 60 s window', () => {
    const e = base();
    e.admitPerMinute = 20;
    expect(failing(e)).toEqual(['queue: never more than admitPerMinute admissions in any 60 s, whatever process was killed']);
    expect(busiestMinute([0, 59_999, 60_000, 120_000])).toBe(2);
  });

  it('finds a skipped position and a lost admission', () => {
    const skipped = base();
    skipped.tickets[4]!.admittedAt = null;
    skipped.tickets[4]!.status = 'WAITING';
    expect(failing(skipped)).toContain('queue: admitted once each, in position order, none skipped');
    const lost = base();
    lost.log.told.push({ buyer: 2, ticketId: '35', at: 0 });
    expect(failing(lost)).toEqual(['queue: no admission a buyer was told of was lost']);
  });

  it('finds a queue that stalled after a kill, and a reserve let through without admission', () => {
    const stalled = base();
    stalled.kills = [stalled.tickets[10]!.admittedAt! + 1];
    for (const t of stalled.tickets.slice(11)) {
      t.admittedAt = null;
      t.status = 'WAITING';
    }
    expect(failing(stalled)).toEqual(['queue: admission went on after every kill -9 of an API process']);
    const let_ = base();
    let_.log.reservesBefore.push({ buyer: 4, ticketId: '36', outcome: 'ok', at: let_.end });
    expect(failing(let_)).toEqual(['queue: a reserve without admission is refused with NOT_ADMITTED']);
  });
});
