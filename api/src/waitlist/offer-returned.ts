import type { AppServices } from '../context.ts';
import { intArray, query } from '../db/sql.ts';
import { Changes } from '../inventory/changes.ts';
import { offerToHead, passEntry } from '../inventory/offer.ts';
import { holdDeadlines, type HoldDeadlines } from '../holds/hold-timing.ts';

/** No more offers than this per tier and call (a very long line is served over the next rounds). */
const MAX_OFFERS_PER_TIER = 100;

type OfferDeps = Pick<AppServices, 'inventory' | 'clock' | 'config' | 'orm' | 'logger' | 'metrics'>;

/** The offer's hold lasts `offerSeconds` (never past the hold's own cap), the buyer's to extend from then on. */
function offerDeadlines(now: Date, deps: OfferDeps): HoldDeadlines {
  const { holds, queue } = deps.config;
  const offerUntil = new Date(now.getTime() + Math.min(queue.offerSeconds, holds.maxSeconds) * 1000);
  return { ...holdDeadlines(now, holds), idleUntil: offerUntil, lifeUntil: offerUntil };
}

/**
 * Offers what is available of each tier to its waitlist, head first, one offer (one statement) at
 * a time, until the line or the tier runs out. A head whose buyer cannot take it (a per-order or
 * events limit, a cool-down) is passed and the next gets it. Answers the changes of every offer.
 */
export async function offerTiers(deps: OfferDeps, tierIds: readonly number[]): Promise<Changes> {
  let changes = new Changes();
  if (tierIds.length === 0) return changes;
  const kinds = await query<{ id: number; kind: 'RESERVED' | 'GENERAL_ADMISSION' }>(deps.orm.em.fork(), `select id, kind from tiers where id = any(?::int[])`, [intArray(tierIds)]);
  for (const { id, kind } of kinds) {
    for (let offers = 0; offers < MAX_OFFERS_PER_TIER; offers++) {
      const now = deps.clock.now();
      const outcome = await offerToHead(deps.inventory, kind, id, offerDeadlines(now, deps), deps.config.holds.maxEvents);
      if (outcome.kind === 'nothing') break;
      if (outcome.kind === 'refused') {
        // A hold that expired a moment ago waits for the sweeper; the next round offers again.
        if (outcome.refusal === 'HOLD_ENDED' || outcome.refusal === 'RACE' || outcome.refusal === 'NOT_ADMITTED') break;
        await passEntry(deps.inventory, outcome.entryId, now);
        continue;
      }
      deps.metrics.waitlistOffers.inc();
      changes = changes.followedBy(outcome.changes);
    }
  }
  return changes;
}

/**
 * What a transition gave back, followed by the offers it made possible: called by every use case
 * that returns seats or tickets (release, expire, cancel) before it publishes, so that a seat
 * offered to the waitlist is published once, already in its new hold.
 */
export async function settleReturns(deps: OfferDeps, returned: Changes): Promise<Changes> {
  if (returned.waitlistedTiers.length === 0) return returned;
  try {
    return returned.followedBy(await offerTiers(deps, returned.waitlistedTiers));
  } catch (error) {
    // The return itself committed: publish it; the keeper's next round offers again.
    deps.logger.error({ err: error, tiers: returned.waitlistedTiers }, 'waitlist offer failed');
    return returned;
  }
}

/**
 * The keeper's safety net (queue/queue-keeper.ts): tiers with someone waiting and something
 * available (a process that died between a return and its offer, or a return made by a process
 * that had not seen the newest entry) are offered each round.
 */
export async function offerAvailable(deps: OfferDeps): Promise<Changes> {
  const rows = await query<{ tier_id: number }>(
    deps.orm.em.fork(),
    `select distinct w.tier_id from waitlist_entries w join tiers t on t.id = w.tier_id
     where w.status = 'WAITING'
       and ((t.kind = 'GENERAL_ADMISSION' and t.capacity - t.sold - t.held > 0)
         or (t.kind = 'RESERVED' and exists (select 1 from seats s where s.tier_id = t.id and s.status = 'AVAILABLE')))`,
  );
  return offerTiers(deps, rows.map((r) => r.tier_id));
}
