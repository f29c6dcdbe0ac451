import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CreateEventDocument, PublishEventDocument } from '../../../cli/src/operations.ts';
import { insertAccounts, ok, type Account, type Role } from '../../test/kit/index.ts';
import { benchTokens } from './processes.ts';

export type { Account };

/** A seat as a load run hands it out: its id and the version the request will name. */
export interface Seat {
  id: number;
  version: number;
}

const signed = (user: { id: number; role: Role }) => benchTokens.sign(user);

/**
 * Accounts inserted in one statement with tokens signed by the servers' secret: signing up
 * thousands of buyers would spend the setup hashing passwords, which is not what is measured.
 */
export async function createBuyers(databaseUrl: string, count: number, role: Role = 'BUYER'): Promise<Account[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await insertAccounts(db, signed, count, role);
  } finally {
    await db.end();
  }
}

export interface BenchEvent {
  id: number;
  perOrderLimit: number;
  /** Every seat, AVAILABLE at version 1 after publishing, in id order. */
  seats: Seat[];
}

export interface EventShape {
  /** Sections of `rows` rows of 250 seats each (50,000 seats is the most one event may have). */
  sections?: number;
  rows: number;
  seatsPerRow?: number;
  perOrderLimit?: number;
}

/** A published reserved-seating event made through the API by an organiser, as a real organiser would. */
export async function createEvent(url: string, databaseUrl: string, shape: EventShape): Promise<BenchEvent> {
  const [organizer] = await createBuyers(databaseUrl, 1, 'ORGANIZER');
  const { rows, sections = 1, seatsPerRow = 250, perOrderLimit = 100 } = shape;
  const created = await ok(
    url,
    CreateEventDocument,
    {
      input: {
        name: `Bench night ${randomUUID().slice(0, 6)}`,
        venue: 'Bench hall',
        startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
        perOrderLimit,
        tiers: [{ name: 'Stalls', kind: 'RESERVED', priceCents: 5000 }],
        sections: Array.from({ length: sections }, (_, i) => ({ name: `S${i + 1}`, rows, seatsPerRow, tiers: [{ fromRow: 1, toRow: rows, tier: 'Stalls' }] })),
      },
    },
    organizer!.token,
  );
  const id = created.createEvent.id;
  await ok(url, PublishEventDocument, { id }, organizer!.token);
  // Read from the database: fetching 50,000 seats through the API would only time JSON.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: seats } = await db.query<Seat>(`select id, version from seats where event_id = $1 order by id`, [Number(id)]);
    return { id: Number(id), perOrderLimit, seats };
  } finally {
    await db.end();
  }
}

/** Hands out each seat once, so no two requests of any phase ever touch the same seat by accident. */
export class SeatDealer {
  readonly #seats: readonly Seat[];
  #next = 0;
  constructor(seats: readonly Seat[]) {
    this.#seats = seats;
  }
  next(): Seat | null {
    return this.#seats[this.#next++] ?? null;
  }
  /** The next `count` seats as a dealer of their own (for a phase that must not run out). */
  split(count: number): SeatDealer {
    const taken = this.#seats.slice(this.#next, this.#next + count);
    this.#next += taken.length;
    return new SeatDealer(taken);
  }
  get remaining(): number {
    return this.#seats.length - this.#next;
  }
}
