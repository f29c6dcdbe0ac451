import type { TierFieldsFragment } from '../generated/graphql.ts';

interface TierCounter {
  tierIds: readonly string[];
  tier(index: number): { available: number; held: number; sold: number };
}

/**
 * Reserved tiers' counts, from the map's seat states (every seat change reaches them through
 * seatUpdated; the API publishes tierUpdated only for general-admission tiers, which keep the
 * counts the server sent). Null counter: the map is not loaded yet, the server's counts stand.
 */
export function withLiveCounts(tiers: readonly TierFieldsFragment[], counter: TierCounter | null): TierFieldsFragment[] {
  return tiers.map((tier) => {
    const index = counter?.tierIds.indexOf(tier.id) ?? -1;
    if (tier.kind !== 'RESERVED' || !counter || index < 0) return tier;
    return { ...tier, ...counter.tier(index) };
  });
}
