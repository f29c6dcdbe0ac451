import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '../../src/auth/password.ts';
import type { AuthUser } from '../../src/auth/tokens.ts';

export type Role = 'BUYER' | 'ORGANIZER';

export interface Account {
  id: number;
  email: string;
  token: string;
}

/** Signs a token as the server under test would (its TokenService, or one with the same secret). */
export type SignToken = (user: AuthUser) => Promise<string>;

/** Anything that runs a parameterised statement: a pg.Pool, a pg.Client, the pool MikroORM uses. */
export type Queryable = Pick<pg.Pool, 'query'>;

let cheapHash: Promise<string> | undefined;

/** The password of every account the kit seeds (hashed once per process). */
export const ACCOUNT_PASSWORD = 'test-password';

/**
 * `count` users inserted in one statement, with real signed tokens. Hashing a password per user
 * (what sign-up does, tested through the API in auth.test.ts) would make a 256-buyer race or a
 * 2,000-buyer on-sale slow to set up, and is not what they test.
 */
export async function insertAccounts(db: Queryable, sign: SignToken, count: number, role: Role = 'BUYER'): Promise<Account[]> {
  cheapHash ??= hashPassword(ACCOUNT_PASSWORD);
  const batch = randomUUID().slice(0, 8);
  const { rows } = await db.query<{ id: number; email: string }>(
    `insert into users (email, name, password_hash, role)
     select $1 || '-' || $2 || '-' || g || '@example.com', 'Kit user', $3, $4 from generate_series(1, $5) g
     returning id, email`,
    [role.toLowerCase(), batch, await cheapHash, role, count],
  );
  return Promise.all(rows.map(async ({ id, email }) => ({ id, email, token: await sign({ id, role }) })));
}
