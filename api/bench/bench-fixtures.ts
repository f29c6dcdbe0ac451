import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { CreateEventDocument, PublishEventDocument } from '../../cli/src/operations.ts';
import { hashPassword } from '../src/auth/password.ts';
import { TokenService } from '../src/auth/tokens.ts';
import { TOKEN_SECRET } from './bench-processes.ts';

export interface Buyer {
  id: number;
  token: string;
}

const tokens = new TokenService(TOKEN_SECRET, 12 * 3600);
let hash: Promise<string> | undefined;

/**
 * Accounts inserted in one statement with tokens signed by the servers' secret: signing up
 * thousands of buyers would spend the setup hashing passwords, which is not what is measured.
 */
export async function createBuyers(databaseUrl: string, count: number, role: 'BUYER' | 'ORGANIZER' = 'BUYER'): Promise<Buyer[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: number }>(
      `insert into users (email, name, password_hash, role)
       select 'load-' || $1 || '-' || g || '@example.com', 'Load buyer', $2, $3 from generate_series(1, $4) g returning id`,
      [randomUUID().slice(0, 8), await (hash ??= hashPassword('bench-password')), role, count],
    );
    return Promise.all(rows.map(async ({ id }) => ({ id, token: await tokens.sign({ id, role }) })));
  } finally {
    await db.end();
  }
}

export interface LoadEvent {
  id: string;
  /** Every seat, AVAILABLE at version 1 after publishing, in id order. */
  seats: { id: string; version: number }[];
}

/** A published reserved-seating event of `rows` rows of 250 seats, made through the API as an organiser would. */
export async function createEvent(url: string, databaseUrl: string, rows: number, perOrderLimit = 100): Promise<LoadEvent> {
  const [organizer] = await createBuyers(databaseUrl, 1, 'ORGANIZER');
  const client = new TesseraClient({ url, token: organizer!.token });
  const created = await client.request(CreateEventDocument, {
    input: {
      name: `Load night ${randomUUID().slice(0, 6)}`,
      venue: 'Bench hall',
      startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      perOrderLimit,
      tiers: [{ name: 'Stalls', kind: 'RESERVED', priceCents: 5000 }],
      sections: [{ name: 'A', rows, seatsPerRow: 250, tiers: [{ fromRow: 1, toRow: rows, tier: 'Stalls' }] }],
    },
  });
  const id = created.createEvent.id;
  await client.request(PublishEventDocument, { id });
  // Read from the database: fetching 20,000 seats through the API would only time JSON.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: seats } = await db.query<{ id: number; version: number }>(`select id, version from seats where event_id = $1 order by id`, [Number(id)]);
    return { id, seats: seats.map((s) => ({ id: String(s.id), version: s.version })) };
  } finally {
    await db.end();
  }
}
