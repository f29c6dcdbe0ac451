import type { SeatView } from '../seats/seat-view.ts';
import type { OrderStatus } from './order.entity.ts';

/** An order as the GraphQL `Order` resolves: the entity, or the row a checkout statement returned. */
export interface OrderView {
  id: number;
  eventId: number;
  buyerId: number;
  holdId: number;
  status: OrderStatus;
  totalCents: number;
  currency: string;
  idempotencyKey: string;
  createdAt: Date | string;
  cancelledAt?: Date | string | null;
  buyerEmail?: string | null;
  buyerName?: string | null;
  apiKeyId?: number | null;
  /** Present when the statement that made the order returned them: no second read. */
  tickets?: readonly TicketRowView[];
}

/** An admission as stored. */
export interface TicketRowView {
  id: number;
  orderId: number;
  tierId: number;
  seatId?: number | null;
  priceCents: number;
  active: boolean;
  secret: string;
  checkedInAt?: Date | string | null;
  /** The seat as the statement that sold it returned it (a checkout's answer): `Ticket.seat` then needs no read. */
  seat?: SeatView | null;
}

/** An admission as the GraphQL `Ticket` resolves: with its order's event, so `tier` needs no read of the order. */
export interface TicketView extends TicketRowView {
  eventId: number;
  /** The order's buyer: the ticket's secret is theirs to see. */
  buyerId: number;
  /** The key that sold the order, if a partner did. */
  apiKeyId?: number | null;
}
