import type { HoldStatus } from '../holds/hold.entity.ts';
import type { SeatStatus } from '../seats/seat.entity.ts';
import type { TierKind } from '../events/tier.entity.ts';

/**
 * What travels to subscribers and what the GraphQL types resolve from: plain data, no ORM
 * entity, so that a payload that went through Redis (JSON) resolves exactly like one that did not.
 */
export interface SeatView {
  id: number;
  eventId: number;
  tierId: number;
  version: number;
  status: SeatStatus;
  section: string;
  row: string;
  number: number;
  x: number;
  y: number;
  /** The buyer whose hold has the seat. Never sent to clients: it only decides `heldByMe`. */
  holderId: number | null;
}

export interface TierView {
  id: number;
  eventId: number;
  name: string;
  kind: TierKind;
  priceCents: number;
  currency: string;
  capacity: number;
  held: number;
  sold: number;
  version: number;
}

export interface HoldView {
  id: number;
  eventId: number;
  buyerId: number;
  status: HoldStatus;
  expiresAt: Date | string;
  maxExpiresAt: Date | string;
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
