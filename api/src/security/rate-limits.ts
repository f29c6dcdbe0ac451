import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphQLContext } from '../context.ts';
import { DomainError } from '../shared/errors.ts';
import type { RateLimitBudgets } from './security-config.ts';

/** Mutations that take inventory: a bot hammering them hoards seats. */
export const INVENTORY_MUTATIONS = ['reserveSeat', 'reserveSeats', 'reserveBestAvailable', 'holdTickets', 'extendHold', 'checkout', 'createHoldToken'] as const;
/** Mutations that check a password or create an account: brute force and sign-up floods. */
export const AUTH_MUTATIONS = ['logIn', 'signUp'] as const;

/**
 * `signup:ip`, `held:ip` and `queue:ip` are the per-address budgets of issue 11's finding 2: one
 * address cannot mint accounts, hoard seats across many accounts, or take many queue places.
 */
type Bucket = 'inventory:user' | 'inventory:ip' | 'auth:ip' | 'signup:ip' | 'held:ip' | 'queue:ip';

/** How many seats or tickets each inventory mutation asks for (what the `held:ip` budget counts). */
const ITEMS_ASKED: Partial<Record<string, (args: Record<string, unknown>) => number>> = {
  reserveSeat: () => 1,
  reserveSeats: (args) => (Array.isArray(args['seats']) ? Math.max(1, args['seats'].length) : 1),
  reserveBestAvailable: (args) => positive(args['quantity']),
  holdTickets: (args) => positive(args['quantity']),
};
const positive = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 1);

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', `Too many requests: try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });

/**
 * Request budgets per user and per client address, counted in PostgreSQL
 * (rate-limiter-flexible's store, table `rate_limits` from the migrations), so that they hold
 * across API instances. A small dedicated pool keeps the limiter off the ORM's connections.
 */
export class RateLimits {
  /** Also the store of the login throttle (login-throttle.ts). */
  readonly pool: pg.Pool;
  private readonly limiters = new Map<Bucket, RateLimiterPostgres>();
  private readonly cleanup: NodeJS.Timeout | null = null;

  constructor(databaseUrl: string, budgets: RateLimitBudgets) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4, idleTimeoutMillis: 30_000 });
    this.pool.on('error', () => {}); // an idle client's connection dropped; the pool replaces it
    const points: Record<Bucket, [budget: number, seconds: number]> = {
      'inventory:user': [budgets.inventoryPerUser, budgets.windowSeconds],
      'inventory:ip': [budgets.inventoryPerIp, budgets.windowSeconds],
      'auth:ip': [budgets.authPerIp, budgets.windowSeconds],
      'signup:ip': [budgets.signUpsPerIpPerHour, 3600],
      'held:ip': [budgets.heldItemsPerIp, budgets.heldItemsWindowSeconds],
      'queue:ip': [budgets.queueJoinsPerIpPerHour, 3600],
    };
    for (const [bucket, [budget, seconds]] of Object.entries(points) as [Bucket, [number, number]][]) {
      if (budget <= 0) continue;
      this.limiters.set(
        bucket,
        new RateLimiterPostgres({
          storeClient: this.pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: bucket,
          points: budget,
          duration: seconds,
          // Once a key is refused, this instance refuses it from memory until its window ends: a bot
          // hammering after its budget costs the database nothing more.
          inMemoryBlockOnConsumed: budget + 1,
        }),
      );
    }
    // Windows that ended leave rows behind; drop them now and then.
    this.cleanup = setInterval(() => {
      this.pool.query('delete from rate_limits where expire < $1', [Date.now() - 3_600_000]).catch(() => {});
    }, 10 * 60_000);
    this.cleanup.unref();
  }

  /** Whether the budget is on (a budget of 0 is off). */
  counts(bucket: Bucket): boolean {
    return this.limiters.has(bucket);
  }

  /**
   * Takes one request (or `points[bucket]`) from each budget; RATE_LIMITED with the wait of the
   * longest when one is spent. Otherwise returns the budget closest to running out (for the
   * RateLimit-* headers), or null when no budget applies.
   */
  async consume(keys: Partial<Record<Bucket, string | null>>, points: Partial<Record<Bucket, number>> = {}): Promise<Budget | null> {
    const states = await Promise.all(
      (Object.entries(keys) as [Bucket, string | null][]).map(async ([bucket, key]): Promise<Budget & { wait: number } | null> => {
        const limiter = this.limiters.get(bucket);
        if (!limiter || !key) return null;
        try {
          const res = await limiter.consume(key, points[bucket] ?? 1);
          return { limit: limiter.points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000), wait: 0 };
        } catch (result) {
          if (result instanceof RateLimiterRes) return { limit: limiter.points, remaining: 0, resetSeconds: Math.ceil(result.msBeforeNext / 1000), wait: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
          throw result;
        }
      }),
    );
    const wait = Math.max(0, ...states.map((s) => s?.wait ?? 0));
    if (wait > 0) throw rateLimited(wait);
    const tightest = states.reduce<Budget | null>((min, s) => (s && (!min || s.remaining < min.remaining) ? s : min), null);
    return tightest && { limit: tightest.limit, remaining: tightest.remaining, resetSeconds: tightest.resetSeconds };
  }

  async close(): Promise<void> {
    if (this.cleanup) clearInterval(this.cleanup);
    await this.pool.end();
  }
}

/** Where a budget stands after a request: what the RateLimit-* headers say (draft-ietf-httpapi-ratelimit-headers). */
export interface Budget {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext, Record<string, unknown>>;

/**
 * Puts the budgets in front of the mutations' resolvers: each root field counts, so aliasing one
 * mutation many times in one document spends as many requests. The budget is taken before the
 * resolver's first query (and before a password is hashed).
 */
export function applyRateLimits(schema: GraphQLSchema, limits: RateLimits): void {
  const fields = schema.getMutationType()?.getFields() ?? {};
  const wrap = (
    name: string,
    keysOf: (ctx: GraphQLContext, args: Record<string, unknown>) => Partial<Record<Bucket, string | null>>,
    pointsOf: (args: Record<string, unknown>) => Partial<Record<Bucket, number>> = () => ({}),
  ) => {
    const field = fields[name];
    if (!field) throw new Error(`rate limits: no mutation ${name}`);
    const resolve: Resolver = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx, info) => {
      const budget = await limits.consume(keysOf(ctx, args), pointsOf(args));
      // So that a partner paces itself before it is refused (docs/rules.md, partners).
      if (budget && ctx.http) {
        ctx.http.set('RateLimit-Limit', String(budget.limit));
        ctx.http.set('RateLimit-Remaining', String(budget.remaining));
        ctx.http.set('RateLimit-Reset', String(budget.resetSeconds));
      }
      return resolve(source, args, ctx, info);
    };
  };
  for (const name of INVENTORY_MUTATIONS) {
    const items = ITEMS_ASKED[name];
    wrap(
      name,
      // An API key counts as one user: its budget is its own, whatever customers it sells for.
      // Seats asked for count per address whichever accounts ask: eight fresh accounts from one
      // address share one budget of held seats.
      (ctx) => ({
        'inventory:user': ctx.user ? String(ctx.user.id) : ctx.apiKey ? `key:${ctx.apiKey.id}` : null,
        'inventory:ip': ctx.clientIp,
        ...(items ? { 'held:ip': ctx.clientIp } : {}),
      }),
      (args) => (items ? { 'held:ip': items(args) } : {}),
    );
  }
  for (const name of AUTH_MUTATIONS) {
    // Per address only: a budget per account would let anyone lock an account out (see login-throttle.ts).
    wrap(name, (ctx) => ({ 'auth:ip': ctx.clientIp, ...(name === 'signUp' ? { 'signup:ip': ctx.clientIp } : {}) }));
  }
}
