import type { AppServices } from '../context.ts';
import { statement } from '../inventory/statement.ts';
import { badInput, notFound } from '../shared/errors.ts';
import { loadTicket, ticketState, type TicketRow } from './queue-reads.ts';
import { measuredRate, ticketView } from './queue-rules.ts';
import type { QueueTicketView } from './queue-views.ts';

/**
 * Joining, in one statement: the buyer's one ticket is inserted (unique per buyer and event: a
 * second call, or a concurrent one, inserts nothing) and answered, new or not, with where its
 * queue stands. Only on sale events with a waiting room take joiners.
 */
const JOIN = statement('queue_join', ['event', 'buyer', 'now'], (p) => `
with e as (
  select id, status, organizer_id from events where id = ${p.event}
),
q as (
  select event_id, version, admitted_through, admit_per_minute, opens_at from event_queues where event_id = ${p.event}
),
inserted as (
  insert into queue_tickets (event_id, buyer_id, joined_at)
  select ${p.event}, ${p.buyer}, ${p.now} from e, q where e.status = 'ON_SALE'
  on conflict (event_id, buyer_id) do nothing
  returning *
),
ticket as (
  select * from inserted
  union all
  select * from queue_tickets where event_id = ${p.event} and buyer_id = ${p.buyer} and not exists (select 1 from inserted)
)
select
  (select row_to_json(e) from e) as event,
  (select json_build_object('admittedThrough', admitted_through, 'admitPerMinute', admit_per_minute, 'opensAt', opens_at) from q) as queue,
  (select json_build_object('id', id, 'eventId', event_id, 'status', status, 'position', position, 'joinedAt', joined_at,
     'admittedAt', admitted_at, 'admittedUntil', admitted_until) from ticket) as ticket,
  (select count(*)::int from queue_tickets r where r.event_id = ${p.event} and r.admitted_at > ${p.now}::timestamptz - interval '60 seconds') as "lastMinute"`);

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
  const row = await app.inventory.run<(typeof JOIN.params)[number], JoinRow>(JOIN, { event: eventId, buyer: caller.buyerId, now }, (r) => r.ticket === null && r.queue !== null && r.event?.status === 'ON_SALE');
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
