import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { countReservedTiers } from '../inventory/tier-counts.ts';
import type { InventoryStore } from '../inventory/store.ts';
import type { Publisher } from '../realtime/publisher.ts';
import type { Clock } from '../shared/clock.ts';
import { startSerialLoop } from '../shared/serial-loop.ts';

/** Every this many rounds the job counts every reserved tier, not only those of busy events. */
const FULL_PASS_EVERY = 150;

export interface TierCountJob {
  /** One round now (tests use it instead of waiting). Returns the tiers it moved. */
  runNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Keeps reserved tiers' counts in step with their seats (inventory/tier-counts.ts) every
 * `intervalMs`, one round at a time, and publishes each tier it moved (`tierUpdated`), after the
 * statement committed. Runs on every process; the statement's lease lets one count at a time.
 */
export function startTierCountJob(deps: { inventory: InventoryStore; clock: Clock; publisher: Publisher; logger: Logger }, intervalMs: number): TierCountJob {
  const worker = randomUUID();
  let rounds = 0;
  const round = async (): Promise<number> => {
    try {
      const { tiers, changes } = await countReservedTiers(deps.inventory, worker, deps.clock.now(), rounds++ % FULL_PASS_EVERY === 0);
      await changes.publish(deps.publisher);
      return tiers.length;
    } catch (error) {
      deps.logger.error({ err: error }, 'reserved tier counts failed');
      return 0;
    }
  };
  const loop = startSerialLoop(round, intervalMs);
  return { runNow: loop.runNow, stop: loop.stop };
}
