import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../db/sql.ts';
import { measuredRate, type QueueStanding, type TicketState } from './queue-rules.ts';

const TICKET_COLUMNS = `t.id, t.event_id as "eventId", t.status, t.position, t.joined_at as "joinedAt", t.admitted_at as "admittedAt", t.admitted_until as "admittedUntil"`;

export interface TicketRow extends Omit<TicketState, 'joinedAt' | 'admittedAt' | 'admittedUntil'> {
  joinedAt: Date | string;
  admittedAt: Date | string | null;
  admittedUntil: Date | string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
export const ticketState = (row: TicketRow): TicketState => ({ ...row, joinedAt: iso(row.joinedAt)!, admittedAt: iso(row.admittedAt), admittedUntil: iso(row.admittedUntil) });

/** A ticket with where its queue stands, as of one read. */
export interface LoadedTicket {
  ticket: TicketState;
  standing: QueueStanding;
  /** The queue row's version at that read: messages not newer than it are already in it. */
  version: number;
}

/** The buyer's ticket for the event and its queue's standing, in one query; null when they have not joined. */
export async function loadTicket(em: EntityManager, eventId: number, buyerId: number, now: Date): Promise<LoadedTicket | null> {
  const [row] = await query<TicketRow & { version: number; admittedThrough: number; admitPerMinute: number; opensAt: Date; lastMinute: number }>(
    em,
    `select ${TICKET_COLUMNS}, q.version, q.admitted_through as "admittedThrough", q.admit_per_minute as "admitPerMinute", q.opens_at as "opensAt",
       (select count(*)::int from queue_tickets r where r.event_id = t.event_id and r.admitted_at > ?::timestamptz - interval '60 seconds') as "lastMinute"
     from queue_tickets t join event_queues q on q.event_id = t.event_id
     where t.event_id = ? and t.buyer_id = ?`,
    [now, eventId, buyerId],
  );
  if (!row) return null;
  const openFor = (now.getTime() - new Date(row.opensAt).getTime()) / 1000;
  return {
    ticket: ticketState(row),
    standing: { admittedThrough: row.admittedThrough, ratePerMinute: measuredRate(row.lastMinute, openFor, row.admitPerMinute) },
    version: row.version,
  };
}

/** One ticket as stored (a watcher that missed the step admitting it reads it again). */
export async function ticketById(em: EntityManager, ticketId: number): Promise<TicketState | null> {
  const [row] = await query<TicketRow>(em, `select ${TICKET_COLUMNS} from queue_tickets t where t.id = ?`, [ticketId]);
  return row ? ticketState(row) : null;
}

/** Positions given in an event's queue after `after` and up to `through`. */
export async function positionsOf(em: EntityManager, eventId: number, after: number, through: number): Promise<{ id: number; position: number }[]> {
  return query<{ id: number; position: number }>(
    em,
    `select id, position from queue_tickets where event_id = ? and position > ? and position <= ?`,
    [eventId, after, through],
  );
}
