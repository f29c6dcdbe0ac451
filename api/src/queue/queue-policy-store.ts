import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, query } from '../db/sql.ts';
import type { QueuePolicyInput } from './queue-policy.ts';
import type { QueuePolicyView } from './queue-views.ts';

const POLICY_COLUMNS = `q.event_id as "eventId", e.organizer_id as "organizerId", q.opens_at as "opensAt", q.admit_per_minute as "admitPerMinute",
  q.admission_minutes as "admissionMinutes", q.shuffled_at as "shuffledAt", q.shuffle_seed as "shuffleSeed"`;

/** The waiting room of a new event, in the transaction that creates it. */
export async function insertQueuePolicy(em: EntityManager, eventId: number, policy: QueuePolicyInput): Promise<void> {
  await query(em, `insert into event_queues (event_id, opens_at, admit_per_minute, admission_minutes) values (?, ?, ?, ?) returning event_id`, [
    eventId,
    policy.opensAt,
    policy.admitPerMinute,
    policy.admissionMinutes,
  ]);
}

/**
 * Sets or replaces the waiting room of an event whose room has not opened (`opens_at` after now, or
 * none yet): one conditional statement, so a room that opens meanwhile is left as it is. Answers
 * false when it had opened.
 */
export async function replaceQueuePolicy(em: EntityManager, eventId: number, policy: QueuePolicyInput, now: Date): Promise<boolean> {
  const rows = await query<{ event_id: number }>(
    em,
    `insert into event_queues as q (event_id, opens_at, admit_per_minute, admission_minutes) values (?, ?, ?, ?)
     on conflict (event_id) do update set opens_at = excluded.opens_at, admit_per_minute = excluded.admit_per_minute,
       admission_minutes = excluded.admission_minutes, version = q.version + 1
     where q.opens_at > ? and q.shuffled_at is null
     returning event_id`,
    [eventId, policy.opensAt, policy.admitPerMinute, policy.admissionMinutes, now],
  );
  return rows.length > 0;
}

/**
 * Removes a room that has not opened, with its tickets (nobody was admitted from it). Answers
 * false when it had opened; true when it was removed or there was none.
 */
export async function removeQueuePolicy(em: EntityManager, eventId: number, now: Date): Promise<boolean> {
  const [row] = await query<{ removed: boolean; present: boolean }>(
    em,
    `with gone as (delete from event_queues where event_id = ? and opens_at > ? and shuffled_at is null returning event_id),
          tickets as (delete from queue_tickets t using gone where t.event_id = gone.event_id returning t.id)
     select exists (select 1 from gone) as removed, exists (select 1 from event_queues where event_id = ?) as present`,
    [eventId, now, eventId],
  );
  return row!.removed || !row!.present;
}

/** The policies of several events in one query (an events page asks for each event's `queue`). */
export async function queuePolicies(em: EntityManager, eventIds: readonly number[]): Promise<Map<number, QueuePolicyView>> {
  const rows = await query<QueuePolicyView>(em, `select ${POLICY_COLUMNS} from event_queues q join events e on e.id = q.event_id where q.event_id = any(?::int[])`, [
    intArray(eventIds),
  ]);
  return new Map(rows.map((r) => [r.eventId, r]));
}

/**
 * Batches the `Event.queue` reads of one operation: ids asked in the same turn of the event loop
 * are read with one query.
 */
export class QueuePolicyLoader {
  readonly #em: EntityManager;
  #pending: { ids: Set<number>; result: Promise<Map<number, QueuePolicyView>> } | null = null;

  constructor(em: EntityManager) {
    this.#em = em;
  }

  load(eventId: number): Promise<QueuePolicyView | null> {
    if (!this.#pending) {
      const ids = new Set<number>();
      const result = new Promise<Map<number, QueuePolicyView>>((resolve, reject) => {
        setImmediate(() => {
          this.#pending = null;
          queuePolicies(this.#em, [...ids]).then(resolve, reject);
        });
      });
      this.#pending = { ids, result };
    }
    this.#pending.ids.add(eventId);
    return this.#pending.result.then((policies) => policies.get(eventId) ?? null);
  }
}
