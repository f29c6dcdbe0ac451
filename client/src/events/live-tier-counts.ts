import type { SeatStatus, TierFieldsFragment } from '../generated/graphql.ts';

interface CountedSeat {
  status: SeatStatus;
  tier: { id: string };
}

/**
 * Reserved tiers' counts, derived from the seats in the cache: the API publishes tierUpdated only
 * for general-admission tiers, while every seat change reaches us by seatUpdated. GA tiers keep
 * the counts the server sent.
 */
export function withLiveCounts(tiers: readonly TierFieldsFragment[], seats: readonly CountedSeat[]): TierFieldsFragment[] {
  const counts = new Map<string, { available: number; held: number; sold: number }>();
  for (const seat of seats) {
    let count = counts.get(seat.tier.id);
    if (!count) counts.set(seat.tier.id, (count = { available: 0, held: 0, sold: 0 }));
    if (seat.status === 'AVAILABLE') count.available += 1;
    else if (seat.status === 'HELD') count.held += 1;
    else count.sold += 1;
  }
  return tiers.map((tier) => {
    const count = tier.kind === 'RESERVED' ? counts.get(tier.id) : undefined;
    return count ? { ...tier, ...count } : tier;
  });
}
