import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

/**
 * A buyer's cart for one event. Its counters and status only ever change through conditional
 * updates (see holds.service.ts), never through the unit of work, so concurrent requests of the
 * same buyer and the sweepers of several API processes cannot overwrite each other.
 */
export const HoldSchema = defineEntity({
  name: 'Hold',
  tableName: 'holds',
  properties: {
    id: p.integer().primary(),
    eventId: p.integer(),
    buyerId: p.integer(),
    status: p.enum(['ACTIVE', 'EXPIRED', 'RELEASED', 'CHECKED_OUT'] as const),
    itemCount: p.integer(),
    itemLimit: p.integer(),
    createdAt: p.datetime(),
    lastActivityAt: p.datetime(),
    lifeEndsAt: p.datetime(),
    maxExpiresAt: p.datetime(),
    expiresAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    /** The expiry the "expiring soon" push was sent for (see sweeper.ts). */
    warnedFor: p.datetime().nullable(),
  },
});
export type Hold = InferEntity<typeof HoldSchema>;
export type HoldStatus = Hold['status'];

/** A seat in a hold at the price fixed when it was held. `active` is false once it left the hold. */
export const HoldSeatSchema = defineEntity({
  name: 'HoldSeat',
  tableName: 'hold_seats',
  properties: {
    id: p.integer().primary(),
    holdId: p.integer(),
    seatId: p.integer(),
    tierId: p.integer(),
    priceCents: p.integer(),
    active: p.boolean(),
  },
});
export type HoldSeat = InferEntity<typeof HoldSeatSchema>;

/** General-admission tickets of one tier in a hold, at the price fixed when they were held. */
export const HoldTicketSchema = defineEntity({
  name: 'HoldTicket',
  tableName: 'hold_tickets',
  properties: {
    id: p.integer().primary(),
    holdId: p.integer(),
    tierId: p.integer(),
    quantity: p.integer(),
    unitPriceCents: p.integer(),
  },
});
export type HoldTicket = InferEntity<typeof HoldTicketSchema>;
