import type { Batchable } from '../inventory/coalesce.ts';
import { statement } from '../inventory/statement.ts';

/**
 * Joining, in one statement: the buyer's one ticket is inserted (unique per buyer and event: a
 * second call, or a concurrent one, inserts nothing) and answered, new or not, with where its
 * queue stands. Only on sale events with a waiting room take joiners.
 */
export const QUEUE_JOIN = statement('queue_join', ['event', 'buyer', 'now'], (p) => `
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

/** The types of its parameters, for its batch function (inventory/coalesce.ts). */
export const QUEUE_JOIN_BATCHABLE: Batchable<(typeof QUEUE_JOIN.params)[number]> = {
  statement: QUEUE_JOIN,
  types: { event: 'int', buyer: 'int', now: 'timestamptz' },
};
