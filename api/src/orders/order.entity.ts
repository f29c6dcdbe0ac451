import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

export const OrderSchema = defineEntity({
  name: 'Order',
  tableName: 'orders',
  properties: {
    id: p.integer().primary(),
    eventId: p.integer(),
    buyerId: p.integer(),
    holdId: p.integer(),
    status: p.enum(['CONFIRMED', 'CANCELLED'] as const),
    totalCents: p.integer(),
    currency: p.string(),
    idempotencyKey: p.string(),
    createdAt: p.datetime(),
    cancelledAt: p.datetime().nullable(),
    /** A partner's customer, as given at checkout (null: the buyer's own account says who). */
    buyerEmail: p.string().nullable(),
    buyerName: p.string().nullable(),
    /** The API key whose hold token sold it. */
    apiKeyId: p.integer().nullable(),
  },
});
export type Order = InferEntity<typeof OrderSchema>;
export type OrderStatus = Order['status'];

/** One admission of an order: a seat, or one general-admission ticket (seatId null). */
export const OrderTicketSchema = defineEntity({
  name: 'OrderTicket',
  tableName: 'order_tickets',
  properties: {
    id: p.integer().primary(),
    orderId: p.integer(),
    tierId: p.integer(),
    seatId: p.integer().nullable(),
    priceCents: p.integer(),
    active: p.boolean(),
    /** What its QR code holds and the door scans; unguessable (a column default). */
    secret: p.string(),
    checkedInAt: p.datetime().nullable(),
  },
});
export type OrderTicket = InferEntity<typeof OrderTicketSchema>;
