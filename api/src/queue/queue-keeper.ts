import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { query } from '../db/sql.ts';
import type { AppServices } from '../context.ts';
import { admit, expireUnused, placeLate, shuffle } from './queue-steps.ts';
import { queueStats } from './queue-stats.ts';
import type { QueueProgress } from './queue-views.ts';
import { offerAvailable } from '../waitlist/offer-returned.ts';
import { startSerialLoop } from '../shared/serial-loop.ts';

/** How many late arrivals one placement step places. */
const PLACE_BATCH = 5000;
/** The admission credit never holds more than this many seconds' worth of `admitPerMinute`. */
const BURST_SECONDS = 3;
/** Counts are pushed to organisers at least this often while a room has anyone in it. */
const STATS_EVERY_MS = 2000;

export interface QueueKeeper {
  /** Runs one round now (tests that move the clock call it instead of waiting). Answers the admissions it made. */
  stepNow(): Promise<number>;
  stop(): Promise<void>;
}

interface ActiveQueue {
  eventId: number;
  /** `opensAt` has passed: the room moves; before, only its counts are pushed (people joining). */
  opened: boolean;
  unshuffled: boolean;
  unplaced: boolean;
  waiting: boolean;
  dueExpiry: boolean;
}

/** Rooms that have opened and have someone to shuffle, place, admit or expire, and rooms about to open that people are joining. */
async function activeQueues(app: AppServices, now: Date): Promise<ActiveQueue[]> {
  return query<ActiveQueue>(
    app.orm.em.fork(),
    `select q.event_id as "eventId", q.opens_at <= ? as opened, q.shuffled_at is null as unshuffled,
            exists (select 1 from queue_tickets t where t.event_id = q.event_id and t.position is null) as unplaced,
            exists (select 1 from queue_tickets t where t.event_id = q.event_id and t.status = 'WAITING' and t.position is not null) as waiting,
            exists (select 1 from queue_tickets t where t.event_id = q.event_id and t.status = 'ADMITTED' and t.used_at is null and t.admitted_until <= ?) as "dueExpiry"
     from event_queues q
     where (q.opens_at > ? and exists (select 1 from queue_tickets t where t.event_id = q.event_id))
        or (q.opens_at <= ? and (q.shuffled_at is null or exists (select 1 from queue_tickets t where t.event_id = q.event_id and t.status = 'WAITING')
            or exists (select 1 from queue_tickets t where t.event_id = q.event_id and t.status = 'ADMITTED' and t.admitted_until > ?::timestamptz - interval '1 minute')))`,
    [now, now, now, now, now],
  );
}

/**
 * Moves every open waiting room, on every API process (each step is a conditional statement, so
 * processes stepping at once never admit twice: queue-steps.ts): at `opensAt` the shuffle, then
 * each round the late arrivals placed, unused admissions expired and the next buyers admitted at
 * the rate. Every step that changed a room is published once on its `queue` channel, which every
 * watcher's ticket is computed from (queue-watch.ts), and its counts on `queueStats`.
 */
export function startQueueKeeper(app: AppServices, timing: { tickMs: number; stepMs: number }, logger: Logger): QueueKeeper {
  const intervalMs = timing.tickMs;
  const lastMinute = new Map<number, number>();
  const statsAt = new Map<number, number>();

  const publish = async (progress: QueueProgress | null) => {
    if (progress) await app.publisher.publish('queue', progress.id, progress);
    return progress !== null;
  };

  const stepEvent = async (queue: ActiveQueue, now: Date): Promise<number> => {
    const { eventId } = queue;
    const rate = lastMinute.get(eventId) ?? 0;
    let changed = false;
    if (!queue.opened) {
      await publishStats(eventId, now, false);
      return 0;
    }
    if (queue.unshuffled) changed = (await publish((await shuffle(app.inventory, eventId, now, randomBytes(32).toString('hex'), rate)).progress)) || changed;
    if (queue.unplaced || queue.unshuffled) changed = (await publish((await placeLate(app.inventory, eventId, now, PLACE_BATCH, rate)).progress)) || changed;
    if (queue.dueExpiry) changed = (await publish((await expireUnused(app.inventory, eventId, now, rate)).progress)) || changed;
    let admitted = 0;
    if (queue.waiting || queue.unshuffled || queue.unplaced || queue.dueExpiry) {
      // The admission's instant is when it is made, not when the round began.
      const step = await admit(app.inventory, eventId, app.clock.now(), { intervalMs: timing.stepMs, burstSeconds: BURST_SECONDS });
      if (step.progress) lastMinute.set(eventId, step.lastMinute);
      changed = (await publish(step.progress)) || changed;
      admitted = step.admitted;
    }
    if (admitted > 0) app.metrics.queueAdmissions.inc(admitted);
    await publishStats(eventId, now, changed);
    return admitted;
  };

  /** The room's counts after a step that changed it, and at least every STATS_EVERY_MS while anyone is in it. */
  const publishStats = async (eventId: number, now: Date, changed: boolean) => {
    if (!changed && (statsAt.get(eventId) ?? 0) + STATS_EVERY_MS > Date.now()) return;
    statsAt.set(eventId, Date.now());
    await app.publisher.publish('queueStats', eventId, await queueStats(app.orm.em.fork(), eventId, now));
  };

  const round = async (): Promise<number> => {
    try {
      const now = app.clock.now();
      let admitted = 0;
      for (const queue of await activeQueues(app, now)) admitted += await stepEvent(queue, now);
      await (await offerAvailable(app)).publish(app.publisher);
      return admitted;
    } catch (error) {
      logger.error({ err: error }, 'queue round failed');
      return 0;
    }
  };
  const loop = startSerialLoop(round, intervalMs);
  return { stepNow: loop.runNow, stop: loop.stop };
}
