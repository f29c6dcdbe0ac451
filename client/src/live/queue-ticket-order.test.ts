import { describe, expect, it } from 'vitest';
import { isStaleQueueTicket, type QueueTicketStanding } from './queue-ticket-order.ts';

const waiting = (aheadOfYou: number | null): QueueTicketStanding => ({ status: 'WAITING', position: aheadOfYou === null ? null : 40, aheadOfYou });
const admitted: QueueTicketStanding = { status: 'ADMITTED', position: 40, aheadOfYou: 0 };
const expired: QueueTicketStanding = { status: 'EXPIRED', position: 40, aheadOfYou: 0 };

describe('queue tickets that arrive out of order', () => {
  it('while waiting, more people ahead than known is stale; the same or fewer is not', () => {
    expect(isStaleQueueTicket(waiting(12), waiting(9))).toBe(true);
    expect(isStaleQueueTicket(waiting(9), waiting(9))).toBe(false);
    expect(isStaleQueueTicket(waiting(3), waiting(9))).toBe(false);
  });

  it('a placed ticket never goes back to waiting for its place; a place always lands', () => {
    expect(isStaleQueueTicket(waiting(null), waiting(9))).toBe(true);
    expect(isStaleQueueTicket(waiting(9), waiting(null))).toBe(false);
    expect(isStaleQueueTicket(waiting(null), waiting(null))).toBe(false);
  });

  it('an admitted buyer is never put back in line, and an expired admission never comes back', () => {
    expect(isStaleQueueTicket(waiting(0), admitted)).toBe(true);
    expect(isStaleQueueTicket(waiting(null), admitted)).toBe(true);
    expect(isStaleQueueTicket(admitted, expired)).toBe(true);
    expect(isStaleQueueTicket(waiting(2), expired)).toBe(true);
  });

  it('moving forward always lands: admitted after waiting, expired after admitted', () => {
    expect(isStaleQueueTicket(admitted, waiting(5))).toBe(false);
    expect(isStaleQueueTicket(admitted, waiting(null))).toBe(false);
    expect(isStaleQueueTicket(expired, admitted)).toBe(false);
    expect(isStaleQueueTicket(admitted, admitted)).toBe(false);
  });

  it('a ticket not seen before is never stale', () => {
    expect(isStaleQueueTicket(waiting(9), null)).toBe(false);
    expect(isStaleQueueTicket(waiting(9), undefined)).toBe(false);
  });
});
