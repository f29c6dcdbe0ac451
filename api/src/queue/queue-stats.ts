import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../db/sql.ts';
import type { QueueStatsView } from './queue-views.ts';

/** The room's counts for its organiser, in one query. */
export async function queueStats(em: EntityManager, eventId: number, now: Date): Promise<QueueStatsView> {
  const [row] = await query<Omit<QueueStatsView, 'eventId' | 'updatedAt'>>(
    em,
    `select count(*) filter (where t.status = 'WAITING')::int as waiting,
            count(*) filter (where t.status = 'ADMITTED' and t.admitted_until > ?)::int as admitted,
            count(*) filter (where t.status = 'EXPIRED')::int as expired,
            count(*) filter (where t.admitted_at is not null)::int as "admittedTotal",
            count(*) filter (where t.admitted_at > ?::timestamptz - interval '60 seconds')::int as "admittedLastMinute",
            (select count(*)::int from holds h join queue_tickets a on a.event_id = h.event_id and a.buyer_id = h.buyer_id
              where h.event_id = ? and h.status = 'ACTIVE' and a.used_at is not null) as holding
     from queue_tickets t where t.event_id = ?`,
    [now, now, eventId, eventId],
  );
  return { eventId, ...row!, updatedAt: now.toISOString() };
}
