import { createHash } from 'node:crypto';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { GraphQLContext } from '../context.ts';
import { DomainError } from '../shared/errors.ts';
import { rateLimited } from './rate-limits.ts';
import type { LoginThrottlePolicy } from './security-config.ts';


const DAY = 24 * 3600;

/** Stored keys are hashes: an email (up to 254 characters) plus an address never overflows the store's key column. */
const keyOf = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('base64url');

/**
 * Brute-force protection for `logIn`, after rate-limiter-flexible's login-protection recipe
 * (consecutive failures by username and address, slow brute force by address) with its dynamic
 * block duration: only failures count, keyed by account and address together, so a stranger's
 * wrong passwords for Alice never refuse Alice's right password from her own address. After
 * `freeFailures` wrong passwords in a row, that account is refused from that address for
 * `backoffSeconds`, doubled on each further block within a day; the right password resets both.
 * An address that sprays wrong passwords over many accounts is refused for the rest of its hour.
 * The counters live in PostgreSQL (table `rate_limits`), shared by every instance.
 */
export class LoginThrottle {
  private readonly policy: LoginThrottlePolicy;
  private readonly failures: RateLimiterPostgres | null;
  private readonly blocks: RateLimiterPostgres | null;
  private readonly byIp: RateLimiterPostgres | null;

  constructor(pool: pg.Pool, policy: LoginThrottlePolicy) {
    this.policy = policy;
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    const on = policy.freeFailures > 0;
    this.failures = on ? limiter('login:fails', policy.freeFailures, DAY) : null;
    this.blocks = on ? limiter('login:blocks', 1_000_000, DAY) : null;
    this.byIp = policy.failuresPerIpPerHour > 0 ? limiter('login:ip', policy.failuresPerIpPerHour, 3600) : null;
  }

  /** RATE_LIMITED when this account is backed off at this address, or the address is spraying. No password is checked then. */
  async assertAllowed(email: string, ip: string | null): Promise<{ failedBefore: boolean }> {
    const key = keyOf(email, ip ?? '');
    const [pair, blocks, address] = await Promise.all([
      this.failures?.get(key) ?? null,
      this.blocks?.get(key) ?? null,
      ip && this.byIp ? this.byIp.get(ip) : null,
    ]);
    // The pair is blocked by `block()` (its count then exceeds its points); the address once it has used up its failures.
    const pairWait = pair && pair.consumedPoints > this.policy.freeFailures ? pair.msBeforeNext : 0;
    const addressWait = address && address.consumedPoints >= this.policy.failuresPerIpPerHour ? address.msBeforeNext : 0;
    const wait = Math.max(pairWait, addressWait);
    if (wait > 0) throw rateLimited(Math.max(1, Math.ceil(wait / 1000)));
    return { failedBefore: pair !== null || blocks !== null };
  }

  /** A wrong password (or an unknown email: the same answer, the same count). */
  async failed(email: string, ip: string | null): Promise<void> {
    await Promise.all([this.countPairFailure(keyOf(email, ip ?? '')), ip && this.byIp ? this.byIp.penalty(ip) : null]);
  }

  /** The right password: this account's failures at this address are forgotten. */
  async succeeded(email: string, ip: string | null): Promise<void> {
    if (!this.failures || !this.blocks) return;
    const key = keyOf(email, ip ?? '');
    await Promise.all([this.failures.delete(key), this.blocks.delete(key)]);
  }

  private async countPairFailure(key: string): Promise<void> {
    if (!this.failures || !this.blocks) return;
    const earlierBlocks = (await this.blocks.get(key))?.consumedPoints ?? 0;
    const failures = earlierBlocks > 0 ? this.policy.freeFailures : (await this.failures.penalty(key)).consumedPoints;
    if (failures < this.policy.freeFailures) return;
    // Back-off: once blocked within the day, every further failure blocks again, for twice as long.
    const { consumedPoints: blocksToday } = await this.blocks.penalty(key);
    const seconds = Math.min(this.policy.maxBackoffSeconds, this.policy.backoffSeconds * 2 ** (blocksToday - 1));
    await this.failures.block(key, seconds);
  }
}

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext, Record<string, unknown>>;

/** Puts the throttle around `logIn`: checked before the password is hashed, told the outcome after. */
export function applyLoginThrottle(schema: GraphQLSchema, throttle: LoginThrottle): void {
  const field = schema.getMutationType()?.getFields()['logIn'];
  if (!field) throw new Error('login throttle: no logIn mutation');
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, ctx, info) => {
    const email = typeof args['email'] === 'string' ? args['email'].trim().toLowerCase() : '';
    const { failedBefore } = await throttle.assertAllowed(email, ctx.clientIp);
    let result: unknown;
    try {
      result = await resolve(source, args, ctx, info);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') await throttle.failed(email, ctx.clientIp);
      throw error;
    }
    if (failedBefore) await throttle.succeeded(email, ctx.clientIp);
    return result;
  };
}
