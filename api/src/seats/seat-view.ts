import type { Seat, SeatStatus } from './seat.entity.ts';

/**
 * A seat as it travels to subscribers and as the GraphQL `Seat` resolves: plain data, no ORM
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
  /**
   * Set only on what a reservation answers, and on the seats of a hold read by its owner: the
   * caller's hold that has the seat (`Seat.hold`, and `heldByMe` for a partner's customer). Never
   * on a published payload.
   */
  reservedFor?: ReservedHold;
}

/** A hold as `Seat.hold` resolves it (holds/hold-view.ts's HoldView, which itself refers to seats). */
export interface ReservedHold {
  id: number;
  eventId: number;
  buyerId: number;
  status: 'ACTIVE' | 'EXPIRED' | 'RELEASED' | 'CHECKED_OUT';
  expiresAt: Date | string;
  maxExpiresAt: Date | string;
}

declare module '../realtime/publisher.ts' {
  interface ChannelPayloads {
    /** Every committed change of a seat, per event. */
    seat: SeatView;
  }
}

/** Columns of a seat as SeatView, optionally qualified by a table alias. */
export function seatViewColumns(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}id, ${a}event_id as "eventId", ${a}tier_id as "tierId", ${a}version, ${a}status, ${a}section, ${a}"row", ${a}number, ${a}x, ${a}y, ${a}holder_id as "holderId"`;
}

/** Columns of a seat as SeatView, for reads. */
export const SEAT_VIEW_COLUMNS = seatViewColumns();

export function seatView(seat: Seat): SeatView {
  return {
    id: seat.id,
    eventId: seat.event.id,
    tierId: seat.tier.id,
    version: seat.version,
    status: seat.status,
    section: seat.section,
    row: seat.row,
    number: seat.number,
    x: seat.x,
    y: seat.y,
    holderId: seat.holderId ?? null,
  };
}
