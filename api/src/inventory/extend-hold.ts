import type { HoldDeadlines } from '../holds/hold-timing.ts';
import { Changes } from './changes.ts';
import type { ClaimedHold } from './hold-claim.ts';
import { extendedTimes, isLiveByKey } from './hold-times.ts';
import { holdJson } from './rows.ts';
import { statement } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "extend" (the heartbeat, rule 5): the hold's life restarts from now but never passes
 * its cap, and only while it is active and unexpired, so a late heartbeat cannot revive a hold the
 * sweeper is ending, and no sequence of heartbeats keeps a hold past 15 minutes.
 */
export const EXTEND_HOLD = statement('extend_hold', ['buyer', 'hold', 'now', 'idleUntil', 'lifeUntil'], (p) => {
  const times = extendedTimes('h', p);
  return `
with found as (
  select id, buyer_id, status from holds where id = ${p.hold}
),
extended as (
  update holds h set last_activity_at = ${p.now}, life_ends_at = ${times.lifeEndsAt}, expires_at = ${times.expiresAt}
  where h.id = ${p.hold} and h.buyer_id = ${p.buyer} and h.status = 'ACTIVE' and ${isLiveByKey('h', p)}
  returning h.*
)
select
  exists (select 1 from found where buyer_id = ${p.buyer}) as "yours",
  (select ${holdJson('extended')} from extended) as hold`;
});

export type ExtendHoldOutcome = { kind: 'extended'; hold: ClaimedHold; changes: Changes } | { kind: 'missing' } | { kind: 'ended' };

export async function extendHold(store: InventoryStore, buyerId: number, holdId: number, deadlines: HoldDeadlines): Promise<ExtendHoldOutcome> {
  const row = await store.once<(typeof EXTEND_HOLD.params)[number], { yours: boolean; hold: ClaimedHold | null }>(EXTEND_HOLD, {
    buyer: buyerId,
    hold: holdId,
    now: deadlines.now,
    idleUntil: deadlines.idleUntil,
    lifeUntil: deadlines.lifeUntil,
  });
  // Someone else's hold answers like a missing one: hold ids cannot be probed.
  if (!row.yours) return { kind: 'missing' };
  if (!row.hold) return { kind: 'ended' };
  return { kind: 'extended', hold: row.hold, changes: new Changes({ holds: [row.hold] }) };
}
