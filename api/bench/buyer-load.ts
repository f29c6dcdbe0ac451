import { TesseraClient, TesseraError } from '../../cli/src/tessera-client.ts';
import { ReserveSeatDocument } from '../../cli/src/operations.ts';
import type { Buyer } from './bench-fixtures.ts';
import { fixed, quantiles } from './quantiles.ts';

/** Seats still to hand out; each is reserved once by one request, so no two requests contend. */
export class SeatQueue {
  private next = 0;
  private readonly seats: readonly { id: string; version: number }[];
  constructor(seats: readonly { id: string; version: number }[]) {
    this.seats = seats;
  }
  take(): { id: string; version: number } | null {
    return this.seats[this.next++] ?? null;
  }
}

/** Buyers handed out one at a time; a buyer is retired before it reaches the event's per-order limit. */
export class BuyerQueue {
  private next = 0;
  private readonly buyers: readonly Buyer[];
  constructor(buyers: readonly Buyer[]) {
    this.buyers = buyers;
  }
  take(): Buyer {
    const buyer = this.buyers[this.next++];
    if (!buyer) throw new Error('out of buyers: create more for this load');
    return buyer;
  }
}

export interface LoadResult {
  ok: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
  /** Failures by error code (CONFLICT, RATE_LIMITED, UNAVAILABLE, ...): why, without printing each. */
  failures: Record<string, number>;
  /** The seats ran out before the time did: the figures cover a shorter run. */
  outOfSeats: boolean;
}

/** Seats a buyer takes before the next one steps in (the event's limit is 100). */
const SEATS_PER_BUYER = 90;

/**
 * A closed loop: `concurrency` workers, each with its own buyer (token), reserve distinct seats
 * through the typed client for `warmupMs` (not counted) and then `measureMs`.
 */
export async function reserveLoad(url: string, buyers: BuyerQueue, seats: SeatQueue, concurrency: number, warmupMs: number, measureMs: number): Promise<LoadResult> {
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const end = measureFrom + measureMs;
  const latencies: number[] = [];
  let failed = 0;
  let outOfSeats = false;
  const failures: Record<string, number> = {};
  const worker = async () => {
    let client = new TesseraClient({ url, token: buyers.take().token });
    let taken = 0;
    while (performance.now() < end) {
      if (taken++ === SEATS_PER_BUYER) {
        client = client.withToken(buyers.take().token);
        taken = 1;
      }
      const seat = seats.take();
      if (!seat) {
        outOfSeats = true;
        return;
      }
      const sent = performance.now();
      try {
        await client.request(ReserveSeatDocument, { id: seat.id, version: seat.version });
        if (sent >= measureFrom && performance.now() <= end) latencies.push(performance.now() - sent);
      } catch (error) {
        // Counted, never printed: a load run's table, not a log of every failure.
        if (sent >= measureFrom) failed++;
        const code = error instanceof TesseraError ? error.code : 'UNAVAILABLE';
        failures[code] = (failures[code] ?? 0) + 1;
        if (!(error instanceof TesseraError)) await new Promise((r) => setTimeout(r, 10));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const q = quantiles(latencies);
  return { ok: latencies.length, perSecond: fixed(latencies.length / (measureMs / 1000)), p50Ms: fixed(q.p50), p99Ms: fixed(q.p99), failed, failures, outOfSeats };
}
