import type { TierView } from '../events/tier-view.ts';
import type { HoldView } from '../holds/hold-view.ts';
import type { Publisher } from '../realtime/publisher.ts';
import type { SeatView } from '../seats/seat-view.ts';

/**
 * The rows one transition changed, as its statement returned them. Published only after the
 * statement committed (a statement is its own transaction, so when it answers, it has committed):
 * subscribers never see a change that was rolled back, and see each once.
 */
export class Changes {
  readonly seats: SeatView[];
  readonly tiers: TierView[];
  readonly holds: HoldView[];
  /**
   * Tiers whose seats or tickets came back while buyers wait for them (waitlist_entries): they are
   * offered to the waitlist (waitlist/offer-returned.ts) before these changes are published.
   */
  readonly waitlistedTiers: number[];

  constructor(rows: { seats?: SeatView[]; tiers?: TierView[]; holds?: HoldView[]; waitlistedTiers?: number[] } = {}) {
    this.seats = rows.seats ?? [];
    this.tiers = rows.tiers ?? [];
    this.holds = rows.holds ?? [];
    this.waitlistedTiers = rows.waitlistedTiers ?? [];
  }

  get empty(): boolean {
    return this.seats.length === 0 && this.tiers.length === 0 && this.holds.length === 0;
  }

  add(other: Changes): this {
    this.seats.push(...other.seats);
    this.tiers.push(...other.tiers);
    this.holds.push(...other.holds);
    return this;
  }

  /**
   * These changes followed by `later` ones of the same rows, as subscribers should see them: a seat
   * or tier changed by both is published once, at its newer version (a returned seat offered to
   * the waitlist goes from HELD to HELD, never showing AVAILABLE).
   */
  followedBy(later: Changes): Changes {
    const newest = <T extends { id: number; version: number }>(rows: T[]) => {
      const byId = new Map<number, T>();
      for (const row of rows) if ((byId.get(row.id)?.version ?? -1) < row.version) byId.set(row.id, row);
      return [...byId.values()];
    };
    return new Changes({ seats: newest([...this.seats, ...later.seats]), tiers: newest([...this.tiers, ...later.tiers]), holds: [...this.holds, ...later.holds] });
  }

  async publish(publisher: Publisher): Promise<void> {
    await Promise.all([
      ...this.seats.map((seat) => publisher.publish('seat', seat.eventId, seat)),
      ...this.tiers.map((tier) => publisher.publish('tier', tier.eventId, tier)),
      ...this.holds.map((hold) => publisher.publish('hold', hold.buyerId, hold)),
    ]);
  }
}
