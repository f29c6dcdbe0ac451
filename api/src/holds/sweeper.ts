import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { query } from '../db/sql.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Publisher } from '../realtime/publisher.ts';
import { Changes } from '../realtime/changes.ts';
import type { Clock } from '../shared/clock.ts';
import { endHolds } from './hold-release.ts';

const BATCH = 500;

/**
 * Ends every active hold whose expiry has passed and publishes the seats and tickets that came
 * back. Safe on every API process at once: `endHolds` only releases holds whose status it
 * changed itself, so two sweepers never release the same hold twice. Returns how many it ended.
 */
export async function sweepExpiredHolds(orm: MikroORM, clock: Clock, publisher: Publisher): Promise<number> {
  const em = orm.em.fork();
  const now = clock.now();
  const changes = new Changes();
  const ended = await em.transactional(async (tx) => {
    const due = await query<{ id: number }>(
      tx,
      `select id from holds where status = 'ACTIVE' and expires_at <= ? order by expires_at limit ${BATCH}`,
      [now],
    );
    return endHolds(tx, due.map((h) => h.id), 'EXPIRED', now, changes);
  });
  await changes.publish(publisher);
  return ended.length;
}

export interface Sweeper {
  stop(): Promise<void>;
  /** Runs one sweep now (tests that move the clock use it to avoid waiting for the timer). */
  sweepNow(): Promise<number>;
}

/** Sweeps every `intervalMs`, one sweep at a time, so expired holds return within about that long. */
export function startSweeper(deps: { orm: MikroORM; clock: Clock; publisher: Publisher; logger: Logger; metrics: Metrics }, intervalMs: number): Sweeper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;

  const sweep = async (): Promise<number> => {
    try {
      const ended = await sweepExpiredHolds(deps.orm, deps.clock, deps.publisher);
      deps.metrics.sweeps.inc();
      if (ended > 0) {
        deps.metrics.holdsExpired.inc(ended);
        deps.logger.info({ ended }, 'expired holds released');
      }
      return ended;
    } catch (error) {
      deps.logger.error({ err: error }, 'hold sweep failed');
      return 0;
    }
  };
  const sweepSerially = (): Promise<number> => {
    running = running.then(sweep);
    return running;
  };
  const tick = () => {
    void sweepSerially().finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  timer = setTimeout(tick, intervalMs);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    sweepNow: sweepSerially,
  };
}
