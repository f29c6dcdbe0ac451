import type { SeatView } from '../seats/seat-view.ts';
import type { HoldStatus } from './hold.entity.ts';

/** A hold as it travels to its buyer's sockets and as the GraphQL `Hold` resolves. */
export interface HoldView {
  id: number;
  eventId: number;
  buyerId: number;
  status: HoldStatus;
  expiresAt: Date | string;
  maxExpiresAt: Date | string;
  /** On the push that ends a hold (expired, released): the seats that went back on sale. */
  returnedSeats?: SeatView[];
  /** Read with the hold by the buyer's list of holds (hold-contents.ts): its fields then need no read of their own. */
  contents?: HoldContents;
}

/** What an active hold has, and its total at the prices fixed when each item entered it. */
export interface HoldContents {
  seats: SeatView[];
  totalCents: number;
  currency: string;
}

declare module '../realtime/publisher.ts' {
  interface ChannelPayloads {
    /** Every change of a buyer's holds, per buyer. */
    hold: HoldView;
  }
}

export function toHoldView(hold: HoldView): HoldView {
  return {
    id: hold.id,
    eventId: hold.eventId,
    buyerId: hold.buyerId,
    status: hold.status,
    expiresAt: hold.expiresAt,
    maxExpiresAt: hold.maxExpiresAt,
  };
}

/** General-admission tickets of one tier in a hold. */
export interface HeldTicketsView {
  tierId: number;
  eventId: number;
  quantity: number;
  unitPriceCents: number;
}

/** Columns of a hold as HoldView plus its counters, for reads. */
export const HOLD_COLUMNS = `id, event_id as "eventId", buyer_id as "buyerId", status, item_count as "itemCount", item_limit as "itemLimit",
  expires_at as "expiresAt", max_expires_at as "maxExpiresAt", life_ends_at as "lifeEndsAt", last_activity_at as "lastActivityAt"`;
