import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../db/sql.ts';
import { seatJson } from '../inventory/rows.ts';
import { statement } from '../inventory/statement.ts';
import type { InventoryStore } from '../inventory/store.ts';
import { SEAT_VIEW_COLUMNS, seatViewColumns, type SeatView } from '../seats/seat-view.ts';
import { HOLD_COLUMNS, type HeldTicketsView, type HoldContents, type HoldView } from './hold-view.ts';

/**
 * The total of hold `h` (an alias of `holds`): the prices fixed when each seat and ticket entered
 * the hold; a released seat no longer counts. Summed in 64 bits: prices are bounded so that a
 * total fits a GraphQL Int, but lines priced before that bound must still add up rather than
 * overflow in SQL.
 */
const holdTotalSql = (h: string) => `
  coalesce((select sum(price_cents::bigint) from hold_seats where hold_id = ${h}.id and (active or ${h}.status = 'CHECKED_OUT')), 0)::bigint
+ coalesce((select sum(quantity::bigint * unit_price_cents) from hold_tickets where hold_id = ${h}.id and ${h}.status in ('ACTIVE', 'CHECKED_OUT')), 0)::bigint`;
const holdCurrencySql = (h: string) => `(select currency from tiers where event_id = ${h}.event_id order by id limit 1)`;

/**
 * The buyer's active holds, newest first, each with its seats and total: what a buyer polls
 * (`me { holds { seats totalCents } }`, the web client's hold panel) is one prepared statement,
 * not one for the list and two more per hold.
 */
const HOLDS_OF_BUYER = statement('active_holds_of_buyer', ['buyer'], (p) => `
select ${HOLD_COLUMNS},
  json_build_object(
    'seats', (select coalesce(json_agg(${seatJson('s')} order by s.id), '[]'::json) from seats s where s.hold_id = h.id),
    'totalCents', ${holdTotalSql('h')},
    'currency', coalesce(${holdCurrencySql('h')}, 'EUR')) as contents
from holds h where h.buyer_id = ${p.buyer} and h.status = 'ACTIVE' order by h.id desc`);

export async function listActiveHolds(store: InventoryStore, buyerId: number): Promise<HoldView[]> {
  const rows = await store.read<'buyer', HoldView & { contents: HoldContents & { totalCents: number | string } }>(HOLDS_OF_BUYER, { buyer: buyerId });
  // A bigint sum comes back as a JSON number; Number() also takes the string some drivers give.
  return rows.map((row) => ({ ...row, contents: { ...row.contents, totalCents: Number(row.contents.totalCents) } }));
}

/** A hold, if `buyerId` owns it, or, for a key (`apiKeyId`), if one of its hold tokens' customers does. */
export async function ownHold(em: EntityManager, holdId: number, owner: { buyerId: number } | { apiKeyId: number }): Promise<HoldView | null> {
  const [hold] =
    'buyerId' in owner
      ? await query<HoldView>(em, `select ${HOLD_COLUMNS} from holds where id = ? and buyer_id = ?`, [holdId, owner.buyerId])
      : await query<HoldView>(em, `select ${HOLD_COLUMNS} from holds where id = ? and buyer_id in (select id from users where api_key_id = ?)`, [holdId, owner.apiKeyId]);
  return hold ?? null;
}

/** The buyer's active hold on an event, if any (at most one: rule of the domain). */
export async function activeHoldOf(em: EntityManager, buyerId: number, eventId: number): Promise<HoldView | null> {
  const [hold] = await query<HoldView>(em, `select ${HOLD_COLUMNS} from holds where buyer_id = ? and event_id = ? and status = 'ACTIVE'`, [buyerId, eventId]);
  return hold ?? null;
}

export function heldSeats(em: EntityManager, holdId: number): Promise<SeatView[]> {
  return query<SeatView>(em, `select ${SEAT_VIEW_COLUMNS} from seats where hold_id = ? order by id`, [holdId]);
}

/** The hold's seats with the price each was held at. */
export function heldSeatLines(em: EntityManager, holdId: number): Promise<(SeatView & { priceCents: number })[]> {
  return query<SeatView & { priceCents: number }>(
    em,
    `select ${seatViewColumns('s')}, l.price_cents as "priceCents" from hold_seats l join seats s on s.id = l.seat_id where l.hold_id = ? and l.active order by s.id`,
    [holdId],
  );
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

/** A hold's total (holdTotalSql) and currency. */
export async function holdTotal(em: EntityManager, holdId: number): Promise<{ totalCents: number; currency: string }> {
  const [row] = await query<{ totalCents: string | number; currency: string | null }>(
    em,
    `select ${holdTotalSql('h')} as "totalCents", ${holdCurrencySql('h')} as currency from holds h where h.id = ?`,
    [holdId],
  );
  return { totalCents: Number(row?.totalCents ?? 0), currency: row?.currency ?? 'EUR' };
}
