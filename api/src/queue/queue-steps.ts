import { statement, undoWhen } from '../inventory/statement.ts';
import type { InventoryStore } from '../inventory/store.ts';
import type { QueueProgress } from './queue-views.ts';
import { measuredRate } from './queue-rules.ts';

/**
 * The steps of an event's queue, each one SQL statement, safe on every API process at once: each
 * step changes the queue row `event_queues` by a conditional UPDATE (on `version`, or on the state
 * it moves from), so of two processes stepping at the same instant one wins and the other changes
 * nothing; a step whose snapshot promised more than its UPDATEs matched undoes itself (TS409).
 */

const QUEUE_JSON = (a: string) =>
  `json_build_object('eventId', ${a}.event_id, 'version', ${a}.version, 'shuffled', ${a}.shuffled_at is not null, 'placedThrough', ${a}.placed_through, ` +
  `'admittedThrough', ${a}.admitted_through, 'admitPerMinute', ${a}.admit_per_minute, 'opensAt', ${a}.opens_at)`;

interface QueueRow {
  eventId: number;
  version: number;
  shuffled: boolean;
  placedThrough: number;
  admittedThrough: number;
  admitPerMinute: number;
  opensAt: string;
}

/**
 * At `opens_at`, everyone who joined before it is put in a random order: ticket ids sorted by
 * SHA-256 of the seed (32 bytes from node:crypto, drawn by the caller) and the id. The seed is
 * stored with the queue, so the order can be recomputed by anyone (queue-rules.ts shuffledOrder).
 * Only the statement that marks the row shuffled places anyone.
 */
export const SHUFFLE = statement('queue_shuffle', ['event', 'now', 'seed'], (p) => `
with q as (
  select * from event_queues where event_id = ${p.event} and shuffled_at is null and opens_at <= ${p.now}
),
early as (
  select t.id, row_number() over (order by sha256(decode(${p.seed}::text, 'hex') || int4send(t.id)), t.id)::int as pos
  from queue_tickets t, q
  where t.event_id = ${p.event} and t.position is null and t.joined_at < q.opens_at
),
marked as (
  update event_queues e set shuffled_at = ${p.now}, shuffle_seed = ${p.seed}::text, shuffled_count = (select count(*) from early),
    placed_through = (select count(*) from early), version = e.version + 1
  from q
  where e.event_id = ${p.event} and e.shuffled_at is null
  returning e.*
),
placed as (
  update queue_tickets t set position = early.pos from early, marked where t.id = early.id and t.position is null returning t.id
)
select
  ${undoWhen('exists (select 1 from marked) and (select count(*) from placed) <> (select count(*) from early)', 'a ticket changed meanwhile')} as undone,
  (select ${QUEUE_JSON('marked')} from marked) as queue`);

/** Later arrivals, in the order they came (ticket id), behind everyone placed before them. */
export const PLACE = statement('queue_place', ['event', 'batch'], (p) => `
with q as (
  select * from event_queues where event_id = ${p.event} and shuffled_at is not null
),
late as (
  select u.id, (q.placed_through + row_number() over (order by u.id))::int as pos
  from (select t.id from queue_tickets t where t.event_id = ${p.event} and t.position is null order by t.id limit ${p.batch}) u, q
),
bumped as (
  update event_queues e set placed_through = (select max(pos) from late), version = e.version + 1
  from q
  where e.event_id = ${p.event} and e.version = q.version and exists (select 1 from late)
  returning e.*
),
placed as (
  update queue_tickets t set position = late.pos from late, bumped where t.id = late.id and t.position is null returning t.id
)
select
  ${undoWhen('exists (select 1 from bumped) and (select count(*) from placed) <> (select count(*) from late)', 'a ticket changed meanwhile')} as undone,
  (select ${QUEUE_JSON('bumped')} from bumped) as queue`);

/**
 * An admission that ran out before its buyer held anything ends (EXPIRED); one that was used
 * stays ADMITTED (its buyer is shopping; reserving more needs `admitted_until` not passed).
 */
export const EXPIRE = statement('queue_expire', ['event', 'now'], (p) => `
with expired as (
  update queue_tickets t set status = 'EXPIRED', expired_at = ${p.now}
  where t.event_id = ${p.event} and t.status = 'ADMITTED' and t.used_at is null and t.admitted_until <= ${p.now}
  returning t.id
),
bumped as (
  update event_queues e set version = e.version + 1 where e.event_id = ${p.event} and exists (select 1 from expired) returning e.*
)
select
  (select coalesce(json_agg(id order by id), '[]'::json) from expired) as expired,
  (select ${QUEUE_JSON('bumped')} from bumped) as queue`);

/**
 * Admission: the next buyers in position order become ADMITTED until `admission_minutes` from now.
 * How many, at most (each bound read in the statement's one snapshot):
 * - the credit: `admit_per_minute` accrues per minute since the last step, capped at `burst`
 *   seconds' worth, so admissions are spread evenly over the minute;
 * - the rate: `admit_per_minute` minus the admissions of the last 60 seconds, so no 60 seconds
 *   ever hold more (instants are stamped `greatest(now, last admission)`, never going back, so
 *   processes with clocks a little apart cannot slip past it);
 * - what is left to sell: seats and tickets still available, minus admissions that run now and
 *   have not held anything yet (admitting more buyers than there is to hold only shows them a
 *   grey map). When such an admission runs out unused, the next buyer gets its place.
 * One step per `interval` whatever the number of processes (the row's `paced_at`), and the row is
 * claimed on its `version`: the step another process made since this one's snapshot wins.
 */
export const ADMIT = statement('queue_admit', ['event', 'now', 'interval', 'burst'], (p) => `
with q as (
  select * from event_queues where event_id = ${p.event} and shuffled_at is not null
),
due as (
  select q.*, greatest(${p.now}::timestamptz, coalesce(q.last_admitted_at, q.opens_at)) as at
  from q
  where q.paced_at is null or ${p.now}::timestamptz >= q.paced_at + ${p.interval}::int * interval '1 millisecond'
),
recent as (
  select count(*)::int as n from queue_tickets t, due where t.event_id = ${p.event} and t.admitted_at > due.at - interval '60 seconds'
),
supply as (
  select (select count(*) from seats s join tiers t on t.id = s.tier_id where t.event_id = ${p.event} and s.status = 'AVAILABLE')::int
       + (select coalesce(sum(capacity - sold - held), 0) from tiers where event_id = ${p.event} and kind = 'GENERAL_ADMISSION')::int as n
),
unused as (
  select count(*)::int as n from queue_tickets t
  where t.event_id = ${p.event} and t.status = 'ADMITTED' and t.used_at is null and t.admitted_until > ${p.now}
),
credit as (
  select least(greatest(1.0, due.admit_per_minute * ${p.burst}::double precision / 60.0),
               due.credit + due.admit_per_minute * extract(epoch from (due.at - coalesce(due.paced_at, due.opens_at)))::double precision / 60.0) as c
  from due
),
allowed as (
  select greatest(0, least(floor(credit.c)::int, due.admit_per_minute - recent.n, supply.n - unused.n)) as n
  from due, credit, recent, supply, unused
),
picked as (
  select t.id, t.position from queue_tickets t
  where t.event_id = ${p.event} and t.status = 'WAITING' and t.position is not null
  order by t.position
  limit coalesce((select n from allowed), 0)
),
stepped as (
  update event_queues e set
    admitted_through = e.admitted_through + (select count(*)::int from picked),
    credit = (select c from credit) - (select count(*) from picked),
    paced_at = due.at, last_admitted_at = due.at, version = e.version + 1
  from due
  where e.event_id = ${p.event} and e.version = due.version and exists (select 1 from picked)
  returning e.*
),
admitted as (
  update queue_tickets t set status = 'ADMITTED', admitted_at = s.last_admitted_at,
    admitted_until = s.last_admitted_at + s.admission_minutes * interval '1 minute'
  from picked p, stepped s
  where t.id = p.id and t.status = 'WAITING'
  returning t.position, t.admitted_at, t.admitted_until
)
select
  ${undoWhen(
    `exists (select 1 from stepped) and ((select count(*) from admitted) <> (select count(*) from picked)
       or (select min(position) from picked) <> (select admitted_through + 1 from due)
       or (select max(position) from picked) <> (select admitted_through from stepped))`,
    'the queue changed meanwhile',
  )} as undone,
  (select ${QUEUE_JSON('stepped')} from stepped) as queue,
  (select json_build_object('from', min(position), 'through', max(position), 'admittedAt', min(admitted_at), 'admittedUntil', min(admitted_until))
     from admitted having count(*) > 0) as step,
  (select n from recent) + (select count(*)::int from admitted) as "lastMinute",
  exists (select 1 from due) as due`);

interface StepRow {
  queue: QueueRow | null;
}

export interface StepResult {
  /** The message to publish when the step changed the queue; null when it changed nothing. */
  progress: QueueProgress | null;
}

function progressOf(queue: QueueRow, step: QueueProgress['step'], expired: number[], admittedLastMinute: number, now: Date): QueueProgress {
  const openFor = (now.getTime() - new Date(queue.opensAt).getTime()) / 1000;
  return {
    id: queue.eventId,
    version: queue.version,
    shuffled: queue.shuffled,
    placedThrough: queue.placedThrough,
    admittedThrough: queue.admittedThrough,
    step,
    expired,
    ratePerMinute: measuredRate(admittedLastMinute, openFor, queue.admitPerMinute),
  };
}

export async function shuffle(store: InventoryStore, eventId: number, now: Date, seedHex: string, admittedLastMinute: number): Promise<StepResult> {
  const row = await store.run<(typeof SHUFFLE.params)[number], StepRow>(SHUFFLE, { event: eventId, now, seed: seedHex });
  return { progress: row.queue ? progressOf(row.queue, null, [], admittedLastMinute, now) : null };
}

export async function placeLate(store: InventoryStore, eventId: number, now: Date, batch: number, admittedLastMinute: number): Promise<StepResult> {
  const row = await store.run<(typeof PLACE.params)[number], StepRow>(PLACE, { event: eventId, batch });
  return { progress: row.queue ? progressOf(row.queue, null, [], admittedLastMinute, now) : null };
}

export async function expireUnused(store: InventoryStore, eventId: number, now: Date, admittedLastMinute: number): Promise<StepResult & { expired: number[] }> {
  const row = await store.run<(typeof EXPIRE.params)[number], StepRow & { expired: number[] }>(EXPIRE, { event: eventId, now });
  return { expired: row.expired, progress: row.queue ? progressOf(row.queue, null, row.expired, admittedLastMinute, now) : null };
}

export interface AdmitResult extends StepResult {
  admitted: number;
  /** Admissions in the 60 seconds up to this step, this one's included. */
  lastMinute: number;
}

export async function admit(store: InventoryStore, eventId: number, now: Date, options: { intervalMs: number; burstSeconds: number }): Promise<AdmitResult> {
  const row = await store.run<(typeof ADMIT.params)[number], StepRow & { step: QueueProgress['step']; lastMinute: number | null; due: boolean }>(ADMIT, {
    event: eventId,
    now,
    interval: Math.max(0, Math.round(options.intervalMs)),
    burst: options.burstSeconds,
  });
  const step = row.step ? { ...row.step, admittedAt: new Date(row.step.admittedAt).toISOString(), admittedUntil: new Date(row.step.admittedUntil).toISOString() } : null;
  const lastMinute = row.lastMinute ?? 0;
  return {
    admitted: step ? step.through - step.from + 1 : 0,
    lastMinute,
    progress: row.queue ? progressOf(row.queue, step, [], lastMinute, now) : null,
  };
}
