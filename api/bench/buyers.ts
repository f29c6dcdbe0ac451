import type { Account } from './setup.ts';

/**
 * The buyers of one phase, dealt to the concurrent workers: each worker uses one buyer at a time
 * and moves to its next buyer when that one reaches the per-order limit, so no request ever
 * fails with LIMIT_EXCEEDED and no two workers act for the same buyer at once.
 */
export class BuyerLanes {
  readonly #lanes: { buyers: Account[]; current: number; held: number }[];
  readonly #limit: number;

  constructor(buyers: readonly Account[], workers: number, perOrderLimit: number) {
    this.#limit = perOrderLimit;
    this.#lanes = Array.from({ length: workers }, () => ({ buyers: [], current: 0, held: 0 }));
    buyers.forEach((buyer, i) => this.#lanes[i % workers]!.buyers.push(buyer));
  }

  /** Records that every buyer already holds `count` seats (the priming round). */
  allHold(count: number): void {
    for (const lane of this.#lanes) lane.held = count;
  }

  /** The buyer worker `index` should use next, counting one more seat for it; null when all are full. */
  take(index: number): Account | null {
    const lane = this.#lanes[index]!;
    if (lane.held >= this.#limit) {
      lane.current++;
      lane.held = 1; // each buyer's first seat was taken while priming
    }
    const buyer = lane.buyers[lane.current];
    if (!buyer) return null;
    lane.held++;
    return buyer;
  }
}

/** How many buyers a phase needs so that `seats` reservations never reach the per-order limit. */
export function buyersFor(seats: number, workers: number, perOrderLimit: number): number {
  return workers * Math.max(1, Math.ceil(seats / workers / (perOrderLimit - 1)));
}
