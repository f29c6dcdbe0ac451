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

  constructor(rows: { seats?: SeatView[]; tiers?: TierView[]; holds?: HoldView[] } = {}) {
    this.seats = rows.seats ?? [];
    this.tiers = rows.tiers ?? [];
    this.holds = rows.holds ?? [];
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

  async publish(publisher: Publisher): Promise<void> {
    await Promise.all([
      ...this.seats.map((seat) => publisher.publish('seat', seat.eventId, seat)),
      ...this.tiers.map((tier) => publisher.publish('tier', tier.eventId, tier)),
      ...this.holds.map((hold) => publisher.publish('hold', hold.buyerId, hold)),
    ]);
  }
}
