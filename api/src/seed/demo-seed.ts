import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { hashPassword } from '../auth/password.ts';
import { UserSchema } from '../auth/user.entity.ts';
import { query } from '../db/sql.ts';
import { EventSchema } from '../events/event.entity.ts';
import { createEvent } from '../events/events.service.ts';
import { demoArena, demoHall } from './demo-venues.ts';

export const DEMO_PASSWORD = 'tessera-demo';
const DAY = 24 * 3600 * 1000;

const range = (fromRow: number, toRow: number, tier: string) => ({ fromRow, toRow, tier });

/**
 * The demo of PRODUCT.md: two buyers and an organiser, a 1,199-seat concert hall and a
 * 20,000-seat arena drawn like real venues (demo-venues.ts), a general-admission festival and a
 * nearly sold-out club night.
 * Runs once: a database that already has the demo accounts is left alone.
 */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if (await em.count(UserSchema, { email: 'olivia@example.com' })) return;
  const started = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [, , olivia, boxOffice] = [
    em.create(UserSchema, { email: 'alice@example.com', name: 'Alice', role: 'BUYER', passwordHash }),
    em.create(UserSchema, { email: 'bob@example.com', name: 'Bob', role: 'BUYER', passwordHash }),
    em.create(UserSchema, { email: 'olivia@example.com', name: 'Olivia', role: 'ORGANIZER', passwordHash }),
    em.create(UserSchema, { email: 'box-office@example.com', name: 'Box office', role: 'BUYER', passwordHash }),
  ];
  await em.flush();
  const now = Date.now();

  const hall = await createEvent(em, olivia.id, {
    name: 'Orchestra of the Night: New Year Concert',
    venue: 'Concert Hall',
    startsAt: new Date(now + 30 * DAY),
    tiers: [
      { name: 'VIP', kind: 'RESERVED', priceCents: 8500 },
      { name: 'Front Row', kind: 'RESERVED', priceCents: 6500 },
      { name: 'Stalls', kind: 'RESERVED', priceCents: 4000 },
      { name: 'Balcony', kind: 'RESERVED', priceCents: 3000 },
    ],
    ...demoHall(),
  });
  const arena = await createEvent(em, olivia.id, {
    name: 'Stadium Tour 2027',
    venue: 'City Arena',
    startsAt: new Date(now + 60 * DAY),
    perOrderLimit: 10,
    tiers: [
      { name: 'Floor', kind: 'RESERVED', priceCents: 12000 },
      { name: 'Lower Tier', kind: 'RESERVED', priceCents: 7500 },
      { name: 'Upper Tier', kind: 'RESERVED', priceCents: 4500 },
    ],
    ...demoArena(),
  });
  const festival = await createEvent(em, olivia.id, {
    name: 'Summer Fields Festival',
    venue: 'Riverside Park',
    startsAt: new Date(now + 90 * DAY),
    tiers: [
      { name: 'Weekend Pass', kind: 'GENERAL_ADMISSION', priceCents: 14900, capacity: 5000 },
      { name: 'Day Ticket', kind: 'GENERAL_ADMISSION', priceCents: 6900, capacity: 10000 },
    ],
  });
  const club = await createEvent(em, olivia.id, {
    name: 'Late Show: Jazz Trio',
    venue: 'Blue Note Club',
    startsAt: new Date(now + 7 * DAY),
    tiers: [{ name: 'Club Seat', kind: 'RESERVED', priceCents: 3500 }],
    sections: [{ name: 'Main', rows: 10, seatsPerRow: 20, tiers: [range(1, 10, 'Club Seat')] }],
  });
  await em.nativeUpdate(EventSchema, { id: { $in: [hall.id, arena.id, festival.id, club.id] } }, { status: 'ON_SALE' });
  await sellAllBut(em, club.id, boxOffice.id, 6);
  logger.info({ ms: Date.now() - started }, 'demo data seeded');
}

/** Marks every seat of the event but `left` as sold to one box-office order, as if sold earlier. */
async function sellAllBut(em: EntityManager, eventId: number, buyerId: number, left: number): Promise<void> {
  await em.transactional(async (tx) => {
    const now = new Date();
    const [hold] = await query<{ id: number }>(
      tx,
      `insert into holds (event_id, buyer_id, status, item_count, item_limit, created_at, last_activity_at, life_ends_at, max_expires_at, expires_at, ended_at)
       values (?, ?, 'CHECKED_OUT', 0, 100, ?, ?, ?, ?, ?, ?) returning id`,
      [eventId, buyerId, now, now, now, now, now, now],
    );
    const [order] = await query<{ id: number }>(
      tx,
      `insert into orders (event_id, buyer_id, hold_id, status, total_cents, currency, idempotency_key, created_at)
       values (?, ?, ?, 'CONFIRMED', 0, 'EUR', 'demo-seed', ?) returning id`,
      [eventId, buyerId, hold!.id, now],
    );
    await query(
      tx,
      `with chosen as (
         select id from seats where event_id = ? order by (("row")::int * 37 + number * 11) % 200 limit (select count(*) - ? from seats where event_id = ?)
       ), sold as (
         update seats s set status = 'SOLD', order_id = ?, version = version + 1 from chosen where s.id = chosen.id returning s.id, s.tier_id
       )
       insert into order_tickets (order_id, tier_id, seat_id, price_cents)
       select ?, sold.tier_id, sold.id, t.price_cents from sold join tiers t on t.id = sold.tier_id`,
      [eventId, left, eventId, order!.id, order!.id],
    );
    await query(
      tx,
      `update orders set total_cents = (select coalesce(sum(price_cents), 0) from order_tickets where order_id = ?) where id = ?`,
      [order!.id, order!.id],
    );
  });
}
