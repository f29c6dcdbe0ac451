/** Counts of one tier. For RESERVED tiers they come from its seats, for GA from its counters. */
export interface TierCounts {
  capacity: number;
  held: number;
  sold: number;
}

/** capacity - sold - held, never below zero even if a reading straddles two commits. */
export function availableOf(counts: TierCounts): number {
  return Math.max(0, counts.capacity - counts.sold - counts.held);
}
