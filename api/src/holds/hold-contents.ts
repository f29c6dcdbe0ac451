import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../db/sql.ts';
import { SEAT_VIEW_COLUMNS, type SeatView } from '../seats/seat-view.ts';
import { HOLD_COLUMNS, type HeldTicketsView, type HoldView } from './hold-view.ts';

export function listActiveHolds(em: EntityManager, buyerId: number): Promise<HoldView[]> {
  return query<HoldView>(em, `select ${HOLD_COLUMNS} from holds where buyer_id = ? and status = 'ACTIVE' order by id desc`, [buyerId]);
}

export function heldSeats(em: EntityManager, holdId: number): Promise<SeatView[]> {
  return query<SeatView>(em, `select ${SEAT_VIEW_COLUMNS} from seats where hold_id = ? order by id`, [holdId]);
}

export async function heldTickets(em: EntityManager, hold: HoldView): Promise<HeldTicketsView[]> {
  if (hold.status !== 'ACTIVE' && hold.status !== 'CHECKED_OUT') return [];
  const rows = await query<{ tierId: number; quantity: number; unitPriceCents: number }>(
    em,
    `select tier_id as "tierId", sum(quantity)::int as quantity, unit_price_cents as "unitPriceCents"
     from hold_tickets where hold_id = ? group by tier_id, unit_price_cents order by tier_id`,
    [hold.id],
  );
  return rows.map((r) => ({ ...r, eventId: hold.eventId }));
}

/**
 * The prices fixed when each seat and ticket entered the hold; a released seat no longer counts.
 * Summed in 64 bits: prices are bounded so that a total fits a GraphQL Int, but lines priced
 * before that bound must still add up rather than overflow in SQL.
 */
export async function holdTotal(em: EntityManager, holdId: number): Promise<{ totalCents: number; currency: string }> {
  const [row] = await query<{ totalCents: string | number; currency: string | null }>(
    em,
    `select
       coalesce((select sum(price_cents::bigint) from hold_seats where hold_id = h.id and (active or h.status = 'CHECKED_OUT')), 0)::bigint
     + coalesce((select sum(quantity::bigint * unit_price_cents) from hold_tickets where hold_id = h.id and h.status in ('ACTIVE', 'CHECKED_OUT')), 0)::bigint as "totalCents",
       (select currency from tiers where event_id = h.event_id order by id limit 1) as currency
     from holds h where h.id = ?`,
    [holdId],
  );
  return { totalCents: Number(row?.totalCents ?? 0), currency: row?.currency ?? 'EUR' };
}
