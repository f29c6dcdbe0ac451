import { describe, expect, it } from 'vitest';
import { advanceTicket, estimatedWaitSeconds, measuredRate, shuffledOrder, ticketView, type TicketState } from './queue-rules.ts';
import type { QueueProgress } from './queue-views.ts';

const ticket = (over: Partial<TicketState> = {}): TicketState => ({
  id: 7,
  eventId: 3,
  status: 'WAITING',
  position: 10,
  joinedAt: '2026-12-01T09:00:00.000Z',
  admittedAt: null,
  admittedUntil: null,
  ...over,
});
const progress = (over: Partial<QueueProgress> = {}): QueueProgress => ({
  id: 3,
  version: 5,
  shuffled: true,
  placedThrough: 20,
  admittedThrough: 4,
  step: null,
  expired: [],
  ratePerMinute: 60,
  ...over,
});

describe('a ticket as its holder sees it', () => {
  it('the number ahead is the positions between the last admitted and its own; the wait goes by the rate', () => {
    expect(ticketView(ticket(), { admittedThrough: 4, ratePerMinute: 60 })).toMatchObject({ position: 10, aheadOfYou: 5, estimatedWaitSeconds: 6 });
    expect(ticketView(ticket({ position: null }), { admittedThrough: 4, ratePerMinute: 60 })).toMatchObject({ aheadOfYou: null, estimatedWaitSeconds: null });
    expect(ticketView(ticket({ status: 'ADMITTED' }), { admittedThrough: 12, ratePerMinute: 60 })).toMatchObject({ aheadOfYou: 0, estimatedWaitSeconds: 0 });
  });

  it('estimates from the measured rate, never above the policy, and not at all without a rate', () => {
    expect(measuredRate(0, 30, 100)).toBe(100);
    expect(measuredRate(10, 30, 100)).toBe(20);
    expect(measuredRate(50, 5, 100)).toBe(100);
    expect(measuredRate(30, 600, 100)).toBe(30);
    expect(estimatedWaitSeconds(5, 0)).toBeNull();
    expect(estimatedWaitSeconds(5, 30)).toBe(10);
  });
});

describe('how one queue message moves one ticket', () => {
  it('moves a waiting ticket, admits it with the step that covers it, expires the listed ones', () => {
    expect(advanceTicket(ticket(), progress())).toEqual({ kind: 'moved', ticket: ticket() });
    const step = { from: 9, through: 12, admittedAt: '2026-12-01T10:00:00.000Z', admittedUntil: '2026-12-01T10:10:00.000Z' };
    expect(advanceTicket(ticket(), progress({ admittedThrough: 12, step }))).toEqual({
      kind: 'moved',
      ticket: ticket({ status: 'ADMITTED', admittedAt: step.admittedAt, admittedUntil: step.admittedUntil }),
    });
    expect(advanceTicket(ticket({ status: 'ADMITTED' }), progress({ expired: [7] }))).toMatchObject({ kind: 'moved', ticket: { status: 'EXPIRED' } });
  });

  it('asks for what the message cannot say: a place just given, an admission it did not hear of', () => {
    expect(advanceTicket(ticket({ position: null }), progress())).toEqual({ kind: 'needs-position' });
    expect(advanceTicket(ticket({ position: null }), progress({ shuffled: false, placedThrough: 0 }))).toEqual({ kind: 'unchanged' });
    expect(advanceTicket(ticket(), progress({ admittedThrough: 30, step: { from: 25, through: 30, admittedAt: 'a', admittedUntil: 'b' } }))).toEqual({ kind: 'needs-reload' });
  });
});

describe('the shuffle, as an auditor recomputes it', () => {
  it('is a permutation fixed by the seed, different for another seed', () => {
    const ids = Array.from({ length: 200 }, (_, i) => i + 1);
    const seed = 'ab'.repeat(32);
    const order = shuffledOrder(seed, ids);
    expect([...order].sort((a, b) => a - b)).toEqual(ids);
    expect(shuffledOrder(seed, [...ids].reverse())).toEqual(order);
    expect(shuffledOrder('cd'.repeat(32), ids)).not.toEqual(order);
  });
});
