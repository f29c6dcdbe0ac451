import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { HOLD_COLUMNS, query } from '../db/sql.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Publisher } from '../realtime/publisher.ts';
import { Changes } from '../realtime/changes.ts';
import type { HoldView } from '../realtime/views.ts';
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

/**
 * Announces, through `holdUpdated`, every active hold that entered its last `warningSeconds`
 * (`Hold.expiringSoon`). One conditional UPDATE marks the expiry it announced (`warned_for`), so
 * with sweepers on several processes each hold is announced once per expiry: a concurrent
 * sweeper's UPDATE re-reads the marked row and skips it. An extension moves the expiry and so
 * arms the next announcement. Returns how many it announced.
 */
export async function announceExpiringHolds(orm: MikroORM, clock: Clock, publisher: Publisher, warningSeconds: number): Promise<number> {
  if (warningSeconds === 0) return 0;
  const now = clock.now();
  const changes = new Changes();
  const announced = await query<HoldView>(
    orm.em.fork(),
    `update holds set warned_for = expires_at
     where id in (
       select id from holds
       where status = 'ACTIVE' and expires_at <= ? and warned_for is distinct from expires_at
       order by expires_at limit ${BATCH}
     ) and status = 'ACTIVE' and warned_for is distinct from expires_at
     returning ${HOLD_COLUMNS}`,
    [new Date(now.getTime() + warningSeconds * 1000)],
  );
  changes.holds.push(...announced);
  await changes.publish(publisher);
  return announced.length;
}

export interface Sweeper {
  stop(): Promise<void>;
  /** Runs one sweep now (tests that move the clock use it to avoid waiting for the timer). */
  sweepNow(): Promise<number>;
}

/**
 * Sweeps every `intervalMs`, one sweep at a time, so expired holds return within about that long;
 * each sweep then announces the holds that are about to expire.
 */
export function startSweeper(
  deps: { orm: MikroORM; clock: Clock; publisher: Publisher; logger: Logger; metrics: Metrics; warningSeconds: number },
  intervalMs: number,
): Sweeper {
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
      const announced = await announceExpiringHolds(deps.orm, deps.clock, deps.publisher, deps.warningSeconds);
      if (announced > 0) deps.metrics.holdsAnnounced.inc(announced);
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
