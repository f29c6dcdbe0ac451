import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { hashPassword } from '../auth/password.ts';
import { UserSchema } from '../auth/user.entity.ts';
import { query } from '../db/sql.ts';
import { EventSchema } from '../events/event.entity.ts';
import { createEvent } from '../events/events.service.ts';
import { sellSeats } from '../inventory/sell-seats.ts';
import type { InventoryStore } from '../inventory/store.ts';
import { demoArena, demoHall } from './demo-venues.ts';

export const DEMO_PASSWORD = 'tessera-demo';
/** Stored as a password hash, it matches no password (password.ts accepts only `scrypt$...`). */
const NO_SIGN_IN = '!no-sign-in';
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/** The premiere's waiting room opens this long after the seed: a newcomer first sees the room before it opens, then the draw. */
export const DEMO_QUEUE_OPENS_AFTER_MS = 10 * MINUTE;

const range = (fromRow: number, toRow: number, tier: string) => ({ fromRow, toRow, tier });

/**
 * The demo of docs/rules.md: two buyers and an organiser (password DEMO_PASSWORD), a box-office
 * account nobody can sign in as, a 1,200-seat concert hall and a 20,000-seat arena drawn like
 * real venues (demo-venues.ts), a general-admission festival, a nearly sold-out club night and a
 * small film premiere sold through a waiting room. Never in production (config.ts).
 * Runs once: a database that already has the demo accounts is left alone.
 */
export async function seedDemo(em: EntityManager, inventory: InventoryStore, logger: Logger): Promise<void> {
  if (await em.count(UserSchema, { email: 'olivia@example.com' })) return;
  const started = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [, , olivia, boxOffice] = [
    em.create(UserSchema, { email: 'alice@example.com', name: 'Alice', role: 'BUYER', passwordHash }),
    em.create(UserSchema, { email: 'bob@example.com', name: 'Bob', role: 'BUYER', passwordHash }),
    em.create(UserSchema, { email: 'olivia@example.com', name: 'Olivia', role: 'ORGANIZER', passwordHash }),
    // Owns the club night's pre-sold seats; nobody signs in as it (this is no password hash), so
    // nobody can cancel that order and put 194 seats back on sale.
    em.create(UserSchema, { email: 'box-office@example.com', name: 'Box office', role: 'BUYER', passwordHash: NO_SIGN_IN }),
  ];
  await em.flush();
  const now = Date.now();
  const create = (input: unknown) => createEvent(em, olivia.id, input, new Date(now));

  const hall = await create({
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
  const arena = await create({
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
  const festival = await create({
    name: 'Summer Fields Festival',
    venue: 'Riverside Park',
    startsAt: new Date(now + 90 * DAY),
    tiers: [
      { name: 'Weekend Pass', kind: 'GENERAL_ADMISSION', priceCents: 14900, capacity: 5000 },
      { name: 'Day Ticket', kind: 'GENERAL_ADMISSION', priceCents: 6900, capacity: 10000 },
    ],
  });
  const club = await create({
    name: 'Late Show: Jazz Trio',
    venue: 'Blue Note Club',
    startsAt: new Date(now + 7 * DAY),
    tiers: [{ name: 'Club Seat', kind: 'RESERVED', priceCents: 3500 }],
    sections: [{ name: 'Main', rows: 10, seatsPerRow: 20, tiers: [range(1, 10, 'Club Seat')] }],
  });
  // The waiting room to try: buyers who join in its first minutes are drawn in random order when
  // it opens, later ones queue in arrival order; 6 a minute lets a few demo buyers see it move.
  const premiere = await create({
    name: 'Film Premiere: Opening Night',
    venue: 'Palace Cinema',
    startsAt: new Date(now + 21 * DAY),
    perOrderLimit: 4,
    tiers: [{ name: 'Premiere Seat', kind: 'RESERVED', priceCents: 2500 }],
    sections: [{ name: 'Screen 1', rows: 8, seatsPerRow: 14, rowLabels: 'LETTERS', tiers: [range(1, 8, 'Premiere Seat')] }],
    queue: { opensAt: new Date(now + DEMO_QUEUE_OPENS_AFTER_MS), admitPerMinute: 6, admissionMinutes: 10 },
  });
  await em.nativeUpdate(EventSchema, { id: { $in: [hall.id, arena.id, festival.id, club.id, premiere.id] } }, { status: 'ON_SALE' });
  await sellAllBut(em, inventory, club.id, boxOffice.id, 6);
  logger.info({ ms: Date.now() - started }, 'demo data seeded');
}

/** Sells every seat of the event but `left` to the box office in one order, as if sold earlier (transition "sell at the box office"). */
async function sellAllBut(em: EntityManager, inventory: InventoryStore, eventId: number, buyerId: number, left: number): Promise<void> {
  const seats = await query<{ id: number }>(
    em,
    `select id from seats where event_id = ? order by (("row")::int * 37 + number * 11) % 200, id offset ?`,
    [eventId, left],
  );
  const outcome = await sellSeats(inventory, buyerId, eventId, seats.map((s) => s.id), 'demo-box-office-sale', new Date());
  if (outcome.kind !== 'sold') throw new Error(`demo seed: the seats of event ${eventId} were not all available`);
}
