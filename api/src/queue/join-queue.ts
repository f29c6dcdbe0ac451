import type { AppServices } from '../context.ts';
import { statement } from '../inventory/statement.ts';
import { badInput, notFound } from '../shared/errors.ts';
import { loadTicket } from './queue-reads.ts';
import { ticketView } from './queue-rules.ts';
import type { QueueTicketView } from './queue-views.ts';

/**
 * The buyer's one ticket, inserted once (unique per buyer and event: a second call, or a
 * concurrent one, inserts nothing). Only on sale events with a waiting room take joiners.
 */
const JOIN = statement('queue_join', ['event', 'buyer', 'now'], (p) => `
with e as (
  select id, status, organizer_id from events where id = ${p.event}
),
q as (
  select event_id from event_queues where event_id = ${p.event}
),
inserted as (
  insert into queue_tickets (event_id, buyer_id, joined_at)
  select ${p.event}, ${p.buyer}, ${p.now} from e, q where e.status = 'ON_SALE'
  on conflict (event_id, buyer_id) do nothing
  returning id
)
select (select row_to_json(e) from e) as event, exists (select 1 from q) as queued, exists (select 1 from inserted) as created`);

interface JoinRow {
  event: { id: number; status: string; organizer_id: number } | null;
  queued: boolean;
  created: boolean;
}

export interface JoinContext {
  buyerId: number;
  /** The client's address: a new ticket spends one of its queue places (security/rate-limits.ts). */
  clientIp: string | null;
}

/** Joins the waiting room (or answers the ticket the buyer already has). */
export async function joinQueue(app: AppServices, eventId: number, caller: JoinContext): Promise<QueueTicketView> {
  const existing = await loadTicket(app.orm.em.fork(), eventId, caller.buyerId, app.clock.now());
  if (existing) return ticketView(existing.ticket, existing.standing);
  await app.rateLimits.consume({ 'queue:ip': caller.clientIp });
  const now = app.clock.now();
  const row = await app.inventory.once<(typeof JOIN.params)[number], JoinRow>(JOIN, { event: eventId, buyer: caller.buyerId, now });
  // A draft answers like a missing event; its organiser is told it is not on sale.
  if (!row.event || (row.event.status === 'DRAFT' && row.event.organizer_id !== caller.buyerId)) throw notFound('Event', String(eventId));
  if (!row.queued) throw badInput(`Event ${eventId} has no waiting room: reserve seats directly`);
  if (row.event.status !== 'ON_SALE') throw badInput(`Event ${eventId} is not on sale`);
  const joined = await loadTicket(app.orm.em.fork(), eventId, caller.buyerId, now);
  if (!joined) throw new Error(`queue ticket of buyer ${caller.buyerId} for event ${eventId} vanished after joining`);
  return ticketView(joined.ticket, joined.standing);
}

/** The buyer's ticket, or null when they have not joined. */
export async function findTicket(app: AppServices, eventId: number, buyerId: number): Promise<QueueTicketView | null> {
  const loaded = await loadTicket(app.orm.em.fork(), eventId, buyerId, app.clock.now());
  return loaded ? ticketView(loaded.ticket, loaded.standing) : null;
}
