import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { intArray, query } from './db/sql.ts';
import { SEAT_VIEW_COLUMNS, type SeatView } from './seats/seat-view.ts';
import { UserSchema, type User } from './auth/user.entity.ts';
import { EventSchema, type Event } from './events/event.entity.ts';
import { TierSchema } from './events/tier.entity.ts';
import type { TierCounts } from './events/availability.ts';
import type { TierView } from './events/tier-view.ts';
import { holdTotal } from './holds/hold-contents.ts';

/**
 * Per-operation memo of reads that many fields ask for: 20,000 seats resolving `tier` must
 * cost one query, not 20,000.
 */
export class Loaders {
  private readonly em: EntityManager;
  private readonly tiersByEvent = new Map<number, Promise<Map<number, TierView>>>();
  /** The same tiers once loaded, so that 20,000 seats resolve `tier` without a promise each. */
  private readonly loadedTiers = new Map<number, Map<number, TierView>>();
  private readonly seatCountsByEvent = new Map<number, Promise<Map<number, TierCounts>>>();
  private readonly loadedCounts = new Map<number, Map<number, TierCounts>>();
  private readonly events = new Map<number, Promise<Event | null>>();
  private readonly holdTotals = new Map<number, Promise<{ totalCents: number; currency: string }>>();

  /** Seats by id, read together: the tickets of an order (a checkout's answer) cost one query, not one per ticket. */
  readonly seat: DataLoader<number, SeatView>;
  /** Users by id, read together: a page of an event's orders names each buyer with one query. */
  readonly user: DataLoader<number, User>;

  constructor(em: EntityManager) {
    this.em = em;
    this.seat = new DataLoader(async (ids) => {
      const rows = await query<SeatView>(this.em, `select ${SEAT_VIEW_COLUMNS} from seats where id = any(?::int[])`, [intArray(ids)]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`seat ${id} is missing`));
    });
    this.user = new DataLoader(async (ids) => {
      const users = await this.em.find(UserSchema, { id: { $in: [...ids] } });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? new Error(`user ${id} is missing`));
    });
  }

  /** A hold's total and currency: one query for both fields. */
  holdTotal(holdId: number): Promise<{ totalCents: number; currency: string }> {
    return memo(this.holdTotals, holdId, () => holdTotal(this.em, holdId));
  }

  event(id: number): Promise<Event | null> {
    return memo(this.events, id, () => this.em.findOne(EventSchema, id));
  }

  tiersOf(eventId: number): Promise<Map<number, TierView>> {
    return memo(this.tiersByEvent, eventId, async () => {
      const tiers = await this.em.find(TierSchema, { eventId }, { orderBy: { id: 'asc' } });
      const byId = new Map<number, TierView>(tiers.map((t) => [t.id, t]));
      this.loadedTiers.set(eventId, byId);
      return byId;
    });
  }

  tier(eventId: number, tierId: number): TierView | Promise<TierView> {
    const loaded = this.loadedTiers.get(eventId);
    if (loaded) return this.pick(loaded, eventId, tierId);
    return this.tiersOf(eventId).then((tiers) => this.pick(tiers, eventId, tierId));
  }

  private pick(tiers: Map<number, TierView>, eventId: number, tierId: number): TierView {
    const tier = tiers.get(tierId);
    if (!tier) throw new Error(`tier ${tierId} of event ${eventId} is missing`);
    return tier;
  }

  /** The same counts once loaded, so that 20,000 seats' tiers answer without a promise each. */
  loadedSeatCounts(eventId: number): Map<number, TierCounts> | undefined {
    return this.loadedCounts.get(eventId);
  }

  /** Held and sold seats per RESERVED tier of an event, counted from the seats themselves. */
  seatCounts(eventId: number): Promise<Map<number, TierCounts>> {
    return memo(this.seatCountsByEvent, eventId, async () => {
      const rows = await this.em.getConnection().execute<{ tier_id: number; status: string; n: number }[]>(
        `select tier_id, status, count(*)::int as n from seats where event_id = ? group by tier_id, status`,
        [eventId],
      );
      const counts = new Map<number, TierCounts>();
      for (const row of rows) {
        const c = counts.get(row.tier_id) ?? { capacity: 0, held: 0, sold: 0 };
        c.capacity += row.n;
        if (row.status === 'HELD') c.held += row.n;
        if (row.status === 'SOLD') c.sold += row.n;
        counts.set(row.tier_id, c);
      }
      this.loadedCounts.set(eventId, counts);
      return counts;
    });
  }
}

function memo<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}
