import type { HoldView } from '../holds/hold-view.ts';
import { Changes } from './changes.ts';
import type { ClaimedHold } from './hold-claim.ts';
import { holdJson, jsonList } from './rows.ts';
import { statement } from './statement.ts';
import type { InventoryStore } from './store.ts';

/**
 * Transition "warn": marks the expiry it announces (`warned_for`) on every active hold that entered
 * its last minute, so with sweepers on several processes each hold is announced once per expiry:
 * a concurrent sweeper's UPDATE re-reads the marked row and skips it. An extension moves the
 * expiry and so arms the next announcement.
 */
export const WARN_HOLDS = statement('warn_holds', ['warnUntil', 'batch'], (p) => `
with warned as (
  update holds set warned_for = expires_at
  where id in (
    select id from holds
    where status = 'ACTIVE' and expires_at <= ${p.warnUntil} and warned_for is distinct from expires_at
    order by expires_at, id limit ${p.batch}
  ) and status = 'ACTIVE' and warned_for is distinct from expires_at
  returning *
)
select ${jsonList(holdJson('warned'), 'warned', 'warned.id')} as holds`);

export async function warnHolds(store: InventoryStore, warnUntil: Date, batch: number): Promise<{ warned: HoldView[]; changes: Changes }> {
  const row = await store.once<(typeof WARN_HOLDS.params)[number], { holds: ClaimedHold[] }>(WARN_HOLDS, { warnUntil, batch });
  return { warned: row.holds, changes: new Changes({ holds: row.holds }) };
}
