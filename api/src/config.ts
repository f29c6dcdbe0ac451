import { z } from 'zod';
import type { SeatMapOptions } from './seat-map/seat-maps.ts';
import type { ReadBudgetOptions } from './security/security-config.ts';
import { partnersConfigFrom, partnersEnvShape, type PartnersConfig } from './partners/partners-config.ts';
import { securityConfigFrom, securityEnvShape, type SecurityConfig } from './security/security-config.ts';

/** Hold timing, in seconds (docs/rules.md rule 5). */
export interface HoldPolicy {
  lifeSeconds: number;
  idleSeconds: number;
  maxSeconds: number;
  /** A buyer holds seats or tickets in at most this many events at once. */
  maxEvents: number;
  /** `holdUpdated` announces a hold this long before it expires (`expiringSoon`); 0: never. */
  warningSeconds: number;
  /**
   * After a buyer's hold on an event reached its hard cap, how long before that buyer may hold
   * seats of that event again; until the cap, a new hold keeps the earlier hold's cap.
   */
  cooldownSeconds: number;
}

/** Public (it is in this file): it may only sign tokens for a server nobody else can reach. */
const DEV_SECRET = 'tessera-development-secret-do-not-use-in-production';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: z.url().optional(),
    REDIS_URL: z.url().optional(),
    REDIS_CHANNEL_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/).default('tessera:'),
    PUBLISHER: z.enum(['memory', 'redis', 'postgres']).optional(),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(20),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
    SEED_DEMO: bool.optional(),
    TOKEN_SECRET: z.string().min(32, 'TOKEN_SECRET must be at least 32 characters').optional(),
    TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(12 * 3600),
    SESSION_CHECK_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
    ORGANIZER_INVITE_CODE: z.string().min(8).optional(),
    HOLD_LIFE_SECONDS: z.coerce.number().int().min(1).default(600),
    HOLD_IDLE_SECONDS: z.coerce.number().int().min(1).default(180),
    HOLD_MAX_SECONDS: z.coerce.number().int().min(1).default(900),
    HOLD_MAX_EVENTS: z.coerce.number().int().min(1).max(100).default(3),
    HOLD_WARNING_SECONDS: z.coerce.number().int().min(0).default(60),
    HOLD_COOLDOWN_SECONDS: z.coerce.number().int().min(0).default(120),
    INVENTORY_COALESCING: bool.optional(),
    WEBHOOK_PRIVATE_TARGETS: bool.optional(),
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
    QUEUE_TICK_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    WAITLIST_OFFER_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
    CLIENT_DIST: z.string().optional(),
    TEST_CONTROLS: bool.optional(),
    SEAT_MAP_REFRESH_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    SEAT_MAP_MAX_EVENTS: z.coerce.number().int().min(1).max(10_000).default(50),
    READ_BUDGET_PER_IP: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
    CHAOS_SABOTAGE: z.enum(['drop-publish', 'lose-ack']).optional(),
    ...securityEnvShape,
    ...partnersEnvShape,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (!env.TOKEN_SECRET || env.TOKEN_SECRET === DEV_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['TOKEN_SECRET'], message: 'production needs a real TOKEN_SECRET (32+ characters)' });
    }
    if (env.NODE_ENV === 'production' && env.SEED_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'the demo accounts have a published password: production never seeds them' });
    }
    const builtInSecret = !env.TOKEN_SECRET || env.TOKEN_SECRET === DEV_SECRET;
    if (env.NODE_ENV !== 'production' && builtInSecret && env.HOST !== undefined && !isLoopback(env.HOST)) {
      ctx.addIssue({
        code: 'custom',
        path: ['TOKEN_SECRET'],
        message: `HOST=${env.HOST} is reachable from other machines: set TOKEN_SECRET (the built-in one is public, so anyone could forge tokens), or leave HOST unset (127.0.0.1)`,
      });
    }
    if (env.NODE_ENV === 'production' && env.TEST_CONTROLS) {
      ctx.addIssue({ code: 'custom', path: ['TEST_CONTROLS'], message: 'test controls are never exposed in production' });
    }
    // NODE_ENV=test turns the abuse budgets off (security-config.ts): never on a public address.
    if (env.NODE_ENV === 'test' && env.HOST !== undefined && !isLoopback(env.HOST)) {
      ctx.addIssue({ code: 'custom', path: ['HOST'], message: 'NODE_ENV=test listens on loopback only (127.0.0.1, ::1, localhost)' });
    }
    if (env.CHAOS_SABOTAGE && env.NODE_ENV !== 'test') {
      ctx.addIssue({ code: 'custom', path: ['CHAOS_SABOTAGE'], message: 'sabotage breaks the API on purpose: only the fault run’s own processes (NODE_ENV=test) accept it' });
    }
    if (env.PUBLISHER === 'redis' && !env.REDIS_URL) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'PUBLISHER=redis needs REDIS_URL' });
    }
    if (env.HOLD_MAX_SECONDS < env.HOLD_LIFE_SECONDS) {
      ctx.addIssue({ code: 'custom', path: ['HOLD_MAX_SECONDS'], message: 'must be at least HOLD_LIFE_SECONDS' });
    }
  });

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** True when tokens are signed with the public development secret (only ever on a loopback HOST). */
  tokenSecretIsBuiltIn: boolean;
  /** Null means: start the embedded PostgreSQL. */
  databaseUrl: string | null;
  dbPoolMax: number;
  /** How committed changes reach subscribers of every process (see realtime/create-publisher.ts). */
  publisher: 'memory' | 'redis' | 'postgres';
  redisUrl: string | null;
  /** Lets several deployments (or test runs) share one Redis without hearing each other. */
  redisChannelPrefix: string;
  embeddedPg: { dataDir: string; port: number };
  /** Seed the demo accounts and events when the database has none. */
  seedDemo: boolean;
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** How long a user's role and session, read from the database, are trusted (auth/sessions.ts). */
  sessionCheckSeconds: number;
  organizerInviteCode: string | null;
  holds: HoldPolicy;
  /** Concurrent reservations go to PostgreSQL as one statement (inventory/coalesce.ts). */
  inventoryCoalescing: boolean;
  sweepIntervalMs: number;
  /** Waiting rooms and waitlists (queue/, waitlist/). */
  queue: QueueConfig;
  logLevel: string;
  /** Null: pretty on a terminal, JSON otherwise (observability/logger.ts). */
  logFormat: 'pretty' | 'json' | null;
  /** Folder of the built web client, served at `/`; null serves no client. */
  clientDist: string | null;
  /** Browser tests move the server's clock through POST /__test/advance-clock. Never in production. */
  testControls: boolean;
  /** Document limits, rate limits, socket caps, CORS, introspection (security/security-config.ts). */
  security: SecurityConfig;
  /** The per-event seat-map snapshots (seat-map/seat-maps.ts). */
  seatMaps: SeatMapOptions;
  /** Cost points of reads per client address and window (security/read-budget.ts). */
  readBudget: ReadBudgetOptions;
  /** Webhook delivery and the reserved tiers' count job (partners/partners-config.ts). */
  partners: PartnersConfig;
  /**
   * The fault run's proof that its checker catches a broken API (api/chaos/sabotage.ts): only its
   * own entry point honours it, main.ts refuses to start with it, and it needs NODE_ENV=test.
   */
  sabotage: 'drop-publish' | 'lose-ack' | null;
}

export interface QueueConfig {
  /** How often each process moves the waiting rooms; admission steps are at most this often across all processes. */
  tickMs: number;
  /**
   * The least time between two admission steps of one room, whatever the number of processes
   * (four fifths of the tick, so that ticks of several processes do not each make a step).
   */
  stepMs: number;
  /** How long a waitlist offer's hold lasts before its seats go back on sale (unless the buyer extends it). */
  offerSeconds: number;
}

export class ConfigError extends Error {}

/** Parses the environment once, listing every problem at once. Nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`FOO=` in a compose file) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  const tokenSecretIsBuiltIn = !e.TOKEN_SECRET || e.TOKEN_SECRET === DEV_SECRET;
  return {
    env: e.NODE_ENV,
    // With the public development secret the server listens on loopback only; with a real one, everywhere.
    host: e.HOST ?? (tokenSecretIsBuiltIn || e.NODE_ENV === 'test' ? '127.0.0.1' : '0.0.0.0'),
    tokenSecretIsBuiltIn,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    dbPoolMax: e.DB_POOL_MAX,
    publisher: e.PUBLISHER ?? (e.REDIS_URL ? 'redis' : 'memory'),
    redisUrl: e.REDIS_URL ?? null,
    redisChannelPrefix: e.REDIS_CHANNEL_PREFIX,
    embeddedPg: { dataDir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT },
    seedDemo: e.SEED_DEMO ?? e.DATABASE_URL === undefined,
    tokenSecret: e.TOKEN_SECRET ?? DEV_SECRET,
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS,
    sessionCheckSeconds: e.SESSION_CHECK_SECONDS,
    organizerInviteCode: e.ORGANIZER_INVITE_CODE ?? null,
    holds: { lifeSeconds: e.HOLD_LIFE_SECONDS, idleSeconds: e.HOLD_IDLE_SECONDS, maxSeconds: e.HOLD_MAX_SECONDS, maxEvents: e.HOLD_MAX_EVENTS, warningSeconds: e.HOLD_WARNING_SECONDS, cooldownSeconds: e.HOLD_COOLDOWN_SECONDS },
    inventoryCoalescing: e.INVENTORY_COALESCING ?? true,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    queue: { tickMs: e.QUEUE_TICK_MS, stepMs: Math.round(e.QUEUE_TICK_MS * 0.8), offerSeconds: e.WAITLIST_OFFER_SECONDS },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? null,
    clientDist: e.CLIENT_DIST ?? null,
    testControls: e.TEST_CONTROLS ?? false,
    security: securityConfigFrom(e),
    seatMaps: { refreshSeconds: e.SEAT_MAP_REFRESH_SECONDS, idleSeconds: 600, maxEvents: e.SEAT_MAP_MAX_EVENTS },
    // Like the other abuse budgets: off under NODE_ENV=test unless a test sets it.
    readBudget: { pointsPerIp: e.READ_BUDGET_PER_IP ?? (e.NODE_ENV === 'test' ? 0 : 1_000_000), windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    // Webhooks to private and loopback addresses: a developer's receiver on localhost, yes; in production, only when allowed.
    partners: { ...partnersConfigFrom(e), webhookPrivateTargets: e.WEBHOOK_PRIVATE_TARGETS ?? e.NODE_ENV !== 'production' },
    sabotage: e.CHAOS_SABOTAGE ?? null,
  };
}
