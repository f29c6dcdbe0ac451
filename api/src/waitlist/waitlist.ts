import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../context.ts';
import { query } from '../db/sql.ts';
import { statement } from '../inventory/statement.ts';
import { badInput, notFound } from '../shared/errors.ts';
import { ENTRY_COLUMNS, type WaitlistEntryView } from './waitlist-view.ts';

/**
 * A place in line for a sold-out tier, inserted only while the tier has nothing left (a reserved
 * tier no AVAILABLE seat, a general-admission tier no ticket) and at most one waiting entry per
 * buyer and tier (a partial unique index: joining again inserts nothing and answers that entry).
 */
const JOIN = statement('waitlist_join', ['tier', 'buyer', 'quantity', 'now'], (p) => `
with tier as (
  select t.id, t.event_id, t.name, t.kind, e.status as event_status, e.organizer_id, e.per_order_limit,
         case when t.kind = 'GENERAL_ADMISSION' then t.capacity - t.sold - t.held
              else (select count(*)::int from seats s where s.tier_id = t.id and s.status = 'AVAILABLE') end as available
  from tiers t join events e on e.id = t.event_id where t.id = ${p.tier}
),
inserted as (
  insert into waitlist_entries (event_id, tier_id, buyer_id, quantity, created_at)
  select tier.event_id, tier.id, ${p.buyer}, ${p.quantity}::int, ${p.now} from tier
  where tier.event_status = 'ON_SALE' and tier.available = 0 and ${p.quantity}::int between 1 and tier.per_order_limit
  on conflict (tier_id, buyer_id) where status = 'WAITING' do nothing
  returning id
)
select (select row_to_json(tier) from tier) as tier, (select id from inserted) as "insertedId"`);

interface JoinRow {
  tier: { id: number; event_id: number; name: string; event_status: string; organizer_id: number; per_order_limit: number; available: number } | null;
  insertedId: number | null;
}

async function entryWhere(em: EntityManager, condition: string, params: unknown[]): Promise<WaitlistEntryView | null> {
  const [row] = await query<WaitlistEntryView>(em, `select ${ENTRY_COLUMNS} from waitlist_entries w where ${condition} order by w.id desc limit 1`, params);
  return row ?? null;
}

/** Puts the buyer in line for a sold-out tier (or answers the entry they have). */
export async function joinWaitlist(app: AppServices, buyerId: number, tierId: number, quantity: number): Promise<WaitlistEntryView> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100) throw badInput('quantity: must be between 1 and 100');
  const em = app.orm.em.fork();
  const waiting = await entryWhere(em, `w.tier_id = ? and w.buyer_id = ? and w.status = 'WAITING'`, [tierId, buyerId]);
  if (waiting) return waiting;
  const row = await app.inventory.once<(typeof JOIN.params)[number], JoinRow>(JOIN, { tier: tierId, buyer: buyerId, quantity, now: app.clock.now() });
  const { tier } = row;
  if (!tier || (tier.event_status === 'DRAFT' && tier.organizer_id !== buyerId)) throw notFound('Tier', String(tierId));
  if (tier.event_status !== 'ON_SALE') throw badInput(`Event ${tier.event_id} is not on sale`);
  if (quantity > tier.per_order_limit) throw badInput(`quantity: at most ${tier.per_order_limit} for this event`);
  if (row.insertedId === null && tier.available > 0) throw badInput(`${tier.name} is not sold out: ${tier.available} left to take now`);
  // Inserted now, or by a concurrent call of the same buyer.
  const entry = await entryWhere(em, `w.tier_id = ? and w.buyer_id = ? and w.status = 'WAITING'`, [tierId, buyerId]);
  if (!entry) throw badInput(`${tier.name} is not sold out any more`);
  return entry;
}

const LEAVE = statement('waitlist_leave', ['entry', 'buyer', 'now'], (p) => `
with left_line as (
  update waitlist_entries set status = 'LEFT', ended_at = ${p.now} where id = ${p.entry} and buyer_id = ${p.buyer} and status = 'WAITING' returning id
)
select exists (select 1 from left_line) as "left"`);

/** Steps out of the line. Another buyer's entry answers like a missing one. */
export async function leaveWaitlist(app: AppServices, buyerId: number, entryId: number): Promise<WaitlistEntryView> {
  await app.inventory.once<(typeof LEAVE.params)[number], { left: boolean }>(LEAVE, { entry: entryId, buyer: buyerId, now: app.clock.now() });
  const entry = await entryWhere(app.orm.em.fork(), `w.id = ? and w.buyer_id = ?`, [entryId, buyerId]);
  if (!entry) throw notFound('Waitlist entry', String(entryId));
  return entry;
}

export const waitlistOf = (em: EntityManager, buyerId: number) => query<WaitlistEntryView>(em, `select ${ENTRY_COLUMNS} from waitlist_entries w where w.buyer_id = ? order by w.id desc limit 100`, [buyerId]);

export const entryOfHold = (em: EntityManager, holdId: number) => entryWhere(em, `w.hold_id = ?`, [holdId]);
