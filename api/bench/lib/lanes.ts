import type { Account } from './fixtures.ts';

/**
 * The buyers of one phase, dealt to the concurrent workers: each worker uses one buyer at a time
 * and moves to its next buyer when that one reaches the per-order limit, so no request ever
 * fails with LIMIT_EXCEEDED and no two workers act for the same buyer at once.
 */
export class BuyerLanes {
  readonly #lanes: { buyers: Account[]; current: number; held: number }[];
  readonly #limit: number;
  readonly #primed: number;

  /** `primed`: seats each buyer already holds (priming gave each its hold and first seat). */
  constructor(buyers: readonly Account[], workers: number, perOrderLimit: number, primed: number) {
    this.#limit = perOrderLimit;
    this.#primed = primed;
    this.#lanes = Array.from({ length: workers }, () => ({ buyers: [], current: 0, held: primed }));
    buyers.forEach((buyer, i) => this.#lanes[i % workers]!.buyers.push(buyer));
  }

  /** The buyer worker `index` should use next, counting one more seat for it; null when all are full. */
  take(index: number): Account | null {
    const lane = this.#lanes[index]!;
    if (lane.held >= this.#limit) {
      lane.current++;
      lane.held = this.#primed;
    }
    const buyer = lane.buyers[lane.current];
    if (!buyer) return null;
    lane.held++;
    return buyer;
  }
}

/** How many buyers a phase needs so that `seats` reservations never reach the per-order limit. */
export function buyersFor(seats: number, workers: number, perOrderLimit: number, primed: number): number {
  return workers * Math.max(1, Math.ceil(seats / workers / (perOrderLimit - primed)));
}
