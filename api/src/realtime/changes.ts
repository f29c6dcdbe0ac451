import type { Publisher } from './publisher.ts';
import type { HoldView, SeatView, TierView } from './views.ts';

/**
 * The changes a use case made, collected inside its transaction and published only after the
 * commit succeeded: subscribers never see a change that was rolled back, and see each once.
 */
export class Changes {
  readonly seats: SeatView[] = [];
  readonly tiers: TierView[] = [];
  readonly holds: HoldView[] = [];

  async publish(publisher: Publisher): Promise<void> {
    await Promise.all([
      ...this.seats.map((seat) => publisher.publish('seat', seat.eventId, seat)),
      ...this.tiers.map((tier) => publisher.publish('tier', tier.eventId, tier)),
      ...this.holds.map((hold) => publisher.publish('hold', hold.buyerId, hold)),
    ]);
  }
}
