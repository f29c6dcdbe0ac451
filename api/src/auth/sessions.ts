import type { MikroORM } from '@mikro-orm/postgresql';
import { intArray, query } from '../db/sql.ts';
import { unauthenticated } from '../shared/errors.ts';
import type { AuthUser, TokenClaims } from './tokens.ts';
import type { Role } from './user.entity.ts';

/** What the database says about a user, as last read. */
interface Standing {
  role: Role;
  generation: number;
  /** Until when this reading is trusted (ms since the epoch). */
  until: number;
}

/** Users remembered at once; the oldest reading is forgotten first. */
const CACHE_SIZE = 50_000;
const FORGOTTEN = 'This session has ended: sign in again';

/**
 * The database's word on a token: the user exists, has this role now, and has not ended their
 * sessions since the token was signed. Each user is read at most once per `ttlMs` per process
 * (concurrent requests share the read), so a demotion or a `logOutEverywhere` reaches every
 * process within that time, and at once on the process that made it.
 */
export class Sessions {
  private readonly orm: MikroORM;
  private readonly ttlMs: number;
  private readonly known = new Map<number, Standing>();
  private readonly reading = new Map<number, Promise<Standing | null>>();
  private readonly ended: ((userId: number) => void)[] = [];

  constructor(orm: MikroORM, ttlMs: number) {
    this.orm = orm;
    this.ttlMs = ttlMs;
  }

  /** The caller behind verified claims, with their current role; UNAUTHENTICATED when the user or the session is gone. */
  async authenticate(claims: TokenClaims): Promise<AuthUser> {
    const standing = await this.standingOf(claims.id);
    if (!standing) throw unauthenticated('Invalid token');
    if (standing.generation !== claims.generation) throw unauthenticated(FORGOTTEN);
    return { id: claims.id, role: standing.role, ...(claims.expiresAt !== undefined ? { expiresAt: claims.expiresAt } : {}) };
  }

  /** Ends every session of the user: each token signed before is refused from now on. */
  async endAll(userId: number): Promise<void> {
    const [row] = await query<{ role: Role; generation: number }>(
      this.orm.em.fork(),
      `update users set session_generation = session_generation + 1 where id = ? returning role, session_generation as generation`,
      [userId],
    );
    if (row) this.remember(userId, { ...row, until: Date.now() + this.ttlMs });
    else this.known.delete(userId);
    for (const listener of this.ended) listener(userId);
  }

  /** Called with the user's id when this process ends their sessions (to close their sockets at once). */
  onEnded(listener: (userId: number) => void): void {
    this.ended.push(listener);
  }

  /**
   * Reads the standing of many users in one statement (the sockets' periodic check), and returns
   * those whose session no longer stands for `claims`, or whose role differs from `roles`.
   */
  async stale(sockets: { claims: TokenClaims; role: Role }[]): Promise<Set<TokenClaims>> {
    const ids = [...new Set(sockets.map((s) => s.claims.id))];
    const rows = ids.length === 0 ? [] : await query<{ id: number; role: Role; generation: number }>(
      this.orm.em.fork(),
      `select id, role, session_generation as generation from users where id = any(?::int[])`,
      [intArray(ids)],
    );
    const until = Date.now() + this.ttlMs;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) this.remember(row.id, { role: row.role, generation: row.generation, until });
    const stale = new Set<TokenClaims>();
    for (const { claims, role } of sockets) {
      const row = byId.get(claims.id);
      if (!row || row.generation !== claims.generation || row.role !== role) stale.add(claims);
    }
    return stale;
  }

  /** Test support: take a user as read now (a test that counts statements then sees only its own). */
  prime(userId: number, role: Role, generation = 0): void {
    this.remember(userId, { role, generation, until: Date.now() + this.ttlMs });
  }

  private standingOf(userId: number): Promise<Standing | null> | Standing {
    const known = this.known.get(userId);
    if (known && known.until > Date.now()) return known;
    let pending = this.reading.get(userId);
    if (!pending) {
      pending = this.read(userId).finally(() => this.reading.delete(userId));
      this.reading.set(userId, pending);
    }
    return pending;
  }

  /** Users whose standing is asked for in this turn of the event loop: read together, in one statement. */
  private batch: Map<number, { resolve: (standing: Standing | null) => void; reject: (error: unknown) => void }> | null = null;

  /**
   * One user's standing, read with every other user asked for in the same turn: an on-sale's first
   * requests (thousands of buyers a second, each new to this process) cost one statement per
   * turn, not one per buyer.
   */
  private read(userId: number): Promise<Standing | null> {
    return new Promise((resolve, reject) => {
      if (!this.batch) {
        this.batch = new Map();
        setImmediate(() => void this.readBatch());
      }
      this.batch.set(userId, { resolve, reject });
    });
  }

  private async readBatch(): Promise<void> {
    const batch = this.batch!;
    this.batch = null;
    let rows: { id: number; role: Role; generation: number }[];
    try {
      rows = await query<{ id: number; role: Role; generation: number }>(
        this.orm.em.fork(),
        `select id, role, session_generation as generation from users where id = any(?::int[])`,
        [intArray([...batch.keys()])],
      );
    } catch (error) {
      for (const { reject } of batch.values()) reject(error);
      return;
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    const until = Date.now() + this.ttlMs;
    for (const [userId, { resolve }] of batch) {
      const row = byId.get(userId);
      if (!row) {
        this.known.delete(userId);
        resolve(null);
        continue;
      }
      const standing = { role: row.role, generation: row.generation, until };
      // A read that started before this process ended the user's sessions must not bring the old generation back.
      const known = this.known.get(userId);
      if (known && known.generation > standing.generation) {
        resolve(known);
        continue;
      }
      this.remember(userId, standing);
      resolve(standing);
    }
  }

  private remember(userId: number, standing: Standing): void {
    this.known.delete(userId);
    if (this.known.size >= CACHE_SIZE) this.known.delete(this.known.keys().next().value!);
    this.known.set(userId, standing);
  }
}
