import { KeepAliveClient } from '../../test/kit/index.ts';
import type { Account, SeatDealer } from './fixtures.ts';
import { closedLoop, mergeRuns, type LoadResult } from './load.ts';
import { graphqlReserve } from './reserve-paths.ts';

/** Buyers handed out one at a time, each for fewer seats than the event's per-order limit. */
export class BuyerQueue {
  #next = 0;
  readonly #buyers: readonly Account[];
  constructor(buyers: readonly Account[]) {
    this.#buyers = buyers;
  }
  take(): Account {
    const buyer = this.#buyers[this.#next++];
    if (!buyer) throw new Error('out of buyers: create more for this load');
    return buyer;
  }
}

/** Seats a buyer takes before the next one steps in (the events' limit is 100). */
const SEATS_PER_BUYER = 90;

/**
 * A closed loop of reserveSeat over GraphQL: `concurrency` workers, each with its own buyer,
 * reserving distinct seats for `warmupMs` (not counted) and then `measureMs`. The figures count
 * OK answers only; the others are in `outcomes`.
 */
export async function reserveLoad(url: string, buyers: BuyerQueue, seats: SeatDealer, concurrency: number, warmupMs: number, measureMs: number): Promise<LoadResult> {
  const http = new KeepAliveClient(url, concurrency);
  const reserve = graphqlReserve(http);
  const lanes = Array.from({ length: concurrency }, () => ({ buyer: buyers.take(), taken: 0 }));
  try {
    const run = await closedLoop({ workers: concurrency, warmupMs, measureMs }, async (worker) => {
      const lane = lanes[worker]!;
      if (lane.taken++ === SEATS_PER_BUYER) {
        lane.buyer = buyers.take();
        lane.taken = 1;
      }
      const seat = seats.next();
      return seat ? reserve(lane.buyer, seat) : null;
    });
    return mergeRuns(concurrency, [run]);
  } finally {
    http.close();
  }
}

/** Several runs of one side as one figure: OK answers over all their measured time. */
export function combine(runs: readonly LoadResult[]): LoadResult {
  const elapsedMs = runs.reduce((s, r) => s + r.elapsedMs, 0);
  const ok = runs.reduce((s, r) => s + r.ok, 0);
  const answered = runs.reduce((s, r) => s + r.answered, 0);
  const outcomes: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + v;
  return {
    workers: runs[0]?.workers ?? 0,
    elapsedMs,
    answered,
    ok,
    okPerSecond: elapsedMs > 0 ? (ok * 1000) / elapsedMs : 0,
    // The worst round's percentiles: merging summaries would need the samples.
    latencyMs: runs.map((r) => r.latencyMs).reduce((a, b) => (b.p99 > a.p99 ? b : a)),
    outcomes,
    nonOkShare: answered ? (answered - ok) / answered : 0,
    workersExhausted: Math.max(0, ...runs.map((r) => r.workersExhausted)),
  };
}
