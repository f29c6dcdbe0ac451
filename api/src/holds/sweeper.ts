import type { Logger } from 'pino';
import { expireHolds } from '../inventory/end-holds.ts';
import type { InventoryStore } from '../inventory/store.ts';
import { warnHolds } from '../inventory/warn-holds.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Publisher } from '../realtime/publisher.ts';
import type { Changes } from '../inventory/changes.ts';
import type { Clock } from '../shared/clock.ts';
import { warningUntil } from './hold-timing.ts';
import { startSerialLoop } from '../shared/serial-loop.ts';

const BATCH = 500;

/**
 * Ends every active hold whose expiry has passed (transition "expire", one statement per batch of
 * 500) and publishes the seats and tickets that came back. Safe on every API process at once: a
 * hold is ended by the statement whose UPDATE changed its status, and only that one gives back
 * what it held. Returns how many it ended.
 */
export async function sweepExpiredHolds(
  inventory: InventoryStore,
  clock: Clock,
  publisher: Publisher,
  settle: (returned: Changes) => Promise<Changes> = async (returned) => returned,
): Promise<number> {
  const { ended, changes } = await expireHolds(inventory, clock.now(), BATCH);
  await (await settle(changes)).publish(publisher);
  return ended.length;
}

/**
 * Announces, through `holdUpdated`, every active hold that entered its last `warningSeconds`
 * (`Hold.expiringSoon`), each once per expiry whatever the number of sweepers (transition "warn").
 * Returns how many it announced.
 */
export async function announceExpiringHolds(inventory: InventoryStore, clock: Clock, publisher: Publisher, warningSeconds: number): Promise<number> {
  if (warningSeconds === 0) return 0;
  const { warned, changes } = await warnHolds(inventory, warningUntil(clock.now(), { warningSeconds }), BATCH);
  await changes.publish(publisher);
  return warned.length;
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
  deps: {
    inventory: InventoryStore;
    clock: Clock;
    publisher: Publisher;
    logger: Logger;
    metrics: Metrics;
    warningSeconds: number;
    /** What came back is offered to the waitlist before it is published (waitlist/offer-returned.ts). */
    settle?: (returned: Changes) => Promise<Changes>;
  },
  intervalMs: number,
): Sweeper {
  const sweep = async (): Promise<number> => {
    try {
      const ended = await sweepExpiredHolds(deps.inventory, deps.clock, deps.publisher, deps.settle);
      deps.metrics.sweeps.inc();
      if (ended > 0) {
        deps.metrics.holdsExpired.inc(ended);
        deps.logger.info({ ended }, 'expired holds released');
      }
      const announced = await announceExpiringHolds(deps.inventory, deps.clock, deps.publisher, deps.warningSeconds);
      if (announced > 0) deps.metrics.holdsAnnounced.inc(announced);
      return ended;
    } catch (error) {
      deps.logger.error({ err: error }, 'hold sweep failed');
      return 0;
    }
  };
  const loop = startSerialLoop(sweep, intervalMs);
  return { stop: loop.stop, sweepNow: loop.runNow };
}
