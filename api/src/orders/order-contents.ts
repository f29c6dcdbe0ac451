import type { EntityManager } from '@mikro-orm/postgresql';
import { OrderSchema, OrderTicketSchema, type Order, type OrderTicket } from './order.entity.ts';

export function listOrders(em: EntityManager, buyerId: number): Promise<Order[]> {
  return em.find(OrderSchema, { buyerId }, { orderBy: { id: 'desc' } });
}

export function ticketsOf(em: EntityManager, orderId: number): Promise<OrderTicket[]> {
  return em.find(OrderTicketSchema, { orderId }, { orderBy: { id: 'asc' } });
}
