import type { AppServices } from '../context.ts';
import { QUEUE_JOIN_BATCHABLE } from './join-statement.ts';
import { badInput, notFound } from '../shared/errors.ts';
import { loadTicket, ticketState, type TicketRow } from './queue-reads.ts';
import { measuredRate, ticketView } from './queue-rules.ts';
import type { QueueTicketView } from './queue-views.ts';

interface JoinRow {
  event: { id: number; status: string; organizer_id: number } | null;
  queue: { admittedThrough: number; admitPerMinute: number; opensAt: string } | null;
  ticket: TicketRow | null;
  lastMinute: number;
}

export interface JoinContext {
  buyerId: number;
  /** The client's address: a new ticket spends one of its queue places (security/rate-limits.ts). */
  clientIp: string | null;
}

/** Joins the waiting room (or answers the ticket the buyer already has). */
export async function joinQueue(app: AppServices, eventId: number, caller: JoinContext): Promise<QueueTicketView> {
  if (app.rateLimits.counts('queue:ip')) {
    // Only a new place spends the address's budget: asking again for one's ticket is free.
    const existing = await loadTicket(app.orm.em.fork(), eventId, caller.buyerId, app.clock.now());
    if (existing) return ticketView(existing.ticket, existing.standing);
    await app.rateLimits.consume({ 'queue:ip': caller.clientIp });
  }
  const now = app.clock.now();
  // Nothing answered for a ticket that another request of the buyer is inserting right now: that one commits, run again.
  // Coalesced (inventory/coalesce.ts): the thousands joining as a room fills go to PostgreSQL a batch per round trip.
  const row = await app.inventory.submit<(typeof QUEUE_JOIN_BATCHABLE.statement.params)[number], JoinRow>(
    QUEUE_JOIN_BATCHABLE,
    { event: eventId, buyer: caller.buyerId, now },
    (r) => r.ticket === null && r.queue !== null && r.event?.status === 'ON_SALE',
  );
  // A draft answers like a missing event; its organiser is told it is not on sale.
  if (!row.event || (row.event.status === 'DRAFT' && row.event.organizer_id !== caller.buyerId)) throw notFound('Event', String(eventId));
  if (!row.queue) throw badInput(`Event ${eventId} has no waiting room: reserve seats directly`);
  if (!row.ticket) throw badInput(`Event ${eventId} is not on sale`);
  const openFor = (now.getTime() - new Date(row.queue.opensAt).getTime()) / 1000;
  return ticketView(ticketState(row.ticket), { admittedThrough: row.queue.admittedThrough, ratePerMinute: measuredRate(row.lastMinute, openFor, row.queue.admitPerMinute) });
}

/** The buyer's ticket, or null when they have not joined. */
export async function findTicket(app: AppServices, eventId: number, buyerId: number): Promise<QueueTicketView | null> {
  const loaded = await loadTicket(app.orm.em.fork(), eventId, buyerId, app.clock.now());
  return loaded ? ticketView(loaded.ticket, loaded.standing) : null;
}
