import { z } from 'zod';

/** How wrong passwords are slowed down; 0 turns a part off. */
export interface LoginThrottlePolicy {
  /** Consecutive wrong passwords for one account from one address before back-off starts. */
  freeFailures: number;
  /** The first back-off; each further one doubles, up to `maxBackoffSeconds`. */
  backoffSeconds: number;
  maxBackoffSeconds: number;
  /** Wrong passwords from one address, whatever the accounts, per hour. */
  failuresPerIpPerHour: number;
}

export interface ReadBudgetOptions {
  /** Cost points one client address may spend per window; 0 turns the budget off. */
  pointsPerIp: number;
  windowSeconds: number;
}

/** Limits on what one GraphQL document may ask, checked before any resolver runs. */
export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/** Requests per window; 0 turns a budget off. */
export interface RateLimitBudgets {
  windowSeconds: number;
  inventoryPerUser: number;
  inventoryPerIp: number;
  authPerIp: number;
  /** New accounts per client address per hour. */
  signUpsPerIpPerHour: number;
  /** Seats and tickets asked for (reserve and GA hold calls) per client address per `heldItemsWindowSeconds`. */
  heldItemsPerIp: number;
  heldItemsWindowSeconds: number;
  /** New waiting-room tickets (queue places) per client address per hour. */
  queueJoinsPerIpPerHour: number;
}

export interface SocketLimits {
  /** Open sockets per signed-in user (0: no cap). */
  maxConnectionsPerUser: number;
  /** Open sockets per client address (0: no cap). */
  maxConnectionsPerIp: number;
  maxSubscriptionsPerConnection: number;
  /** Shared subscription groups (distinct live queries) one client address may be in, per instance (0: no cap). */
  maxGroupsPerIp: number;
  /** A socket that has not sent `connection_init` by then is closed (4408). */
  initTimeoutMs: number;
  /** Every socket is pinged this often; one that did not answer the previous ping is ended. */
  heartbeatMs: number;
}

export interface SecurityConfig {
  limits: DocumentLimits;
  bodyLimitBytes: number;
  introspection: boolean;
  playground: boolean;
  /** Origins allowed by CORS (and for WebSocket upgrades); empty: same-origin only. */
  corsOrigins: string[];
  /** Refuse WebSocket upgrades whose Origin is neither the page's own nor in `corsOrigins`. */
  checkWebSocketOrigin: boolean;
  /** When set, /metrics answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken: string | null;
  /** Without a token: whether /metrics is served to anyone (off in production). */
  metricsPublic: boolean;
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (0: none). */
  trustProxyHops: number;
  rateLimits: RateLimitBudgets;
  loginThrottle: LoginThrottlePolicy;
  sockets: SocketLimits;
}

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The environment variables of the security settings; merged into config.ts's schema. */
export const securityEnvShape = {
  GRAPHQL_MAX_DEPTH: count(1, 100).default(8),
  GRAPHQL_MAX_ALIASES: count(0, 1000).default(15),
  GRAPHQL_MAX_DIRECTIVES: count(0, 1000).default(10),
  GRAPHQL_MAX_TOKENS: count(10, 1_000_000).default(1000),
  GRAPHQL_MAX_COST: count(1, 100_000_000).default(20_000),
  GRAPHQL_INTROSPECTION: flag.optional(),
  GRAPHQL_PLAYGROUND: flag.optional(),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  METRICS_PUBLIC: flag.optional(),
  WS_CHECK_ORIGIN: flag.default(true),
  HTTP_BODY_LIMIT_BYTES: count(1024, 50 * 1024 * 1024).default(100 * 1024),
  CORS_ORIGINS: z.string().optional(),
  TRUST_PROXY_HOPS: count(0, 10).default(0),
  RATE_LIMIT_WINDOW_SECONDS: count(1, 86_400).default(60),
  RATE_LIMIT_INVENTORY_PER_USER: count(0, 1_000_000).optional(),
  RATE_LIMIT_INVENTORY_PER_IP: count(0, 1_000_000).optional(),
  RATE_LIMIT_AUTH_PER_IP: count(0, 1_000_000).optional(),
  RATE_LIMIT_SIGNUPS_PER_IP_PER_HOUR: count(0, 1_000_000).optional(),
  RATE_LIMIT_HELD_ITEMS_PER_IP: count(0, 1_000_000).optional(),
  RATE_LIMIT_HELD_ITEMS_WINDOW_SECONDS: count(1, 86_400).default(900),
  RATE_LIMIT_QUEUE_JOINS_PER_IP_PER_HOUR: count(0, 1_000_000).optional(),
  LOGIN_FREE_FAILURES: count(0, 1000).optional(),
  LOGIN_BACKOFF_SECONDS: count(1, 86_400).default(30),
  LOGIN_BACKOFF_MAX_SECONDS: count(1, 86_400).default(3600),
  LOGIN_FAILURES_PER_IP_PER_HOUR: count(0, 1_000_000).optional(),
  WS_MAX_CONNECTIONS_PER_USER: count(0, 100_000).optional(),
  WS_MAX_CONNECTIONS_PER_IP: count(0, 1_000_000).optional(),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: count(1, 1000).default(20),
  WS_MAX_GROUPS_PER_IP: count(0, 1_000_000).optional(),
  WS_INIT_TIMEOUT_MS: count(100, 60_000).default(3000),
  WS_HEARTBEAT_MS: count(100, 600_000).default(12_000),
};

type SecurityEnv = z.output<z.ZodObject<typeof securityEnvShape>> & { NODE_ENV: string };

/**
 * Abuse budgets (rate limits, sockets per user and address) are on by default, except under
 * NODE_ENV=test, where races and load runs send thousands of requests from one loopback address;
 * the tests of the budgets set them explicitly. What helps a developer and also an attacker
 * (introspection, field suggestions, the playground, open /metrics) is off under
 * NODE_ENV=production unless switched on.
 */
export function securityConfigFrom(env: SecurityEnv): SecurityConfig {
  const budget = (given: number | undefined, byDefault: number) => given ?? (env.NODE_ENV === 'test' ? 0 : byDefault);
  const exploring = env.NODE_ENV !== 'production';
  return {
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
    },
    bodyLimitBytes: env.HTTP_BODY_LIMIT_BYTES,
    introspection: env.GRAPHQL_INTROSPECTION ?? exploring,
    playground: env.GRAPHQL_PLAYGROUND ?? exploring,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''),
    checkWebSocketOrigin: env.WS_CHECK_ORIGIN,
    metricsToken: env.METRICS_TOKEN ?? null,
    metricsPublic: env.METRICS_PUBLIC ?? exploring,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    rateLimits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      inventoryPerUser: budget(env.RATE_LIMIT_INVENTORY_PER_USER, 120),
      inventoryPerIp: budget(env.RATE_LIMIT_INVENTORY_PER_IP, 1200),
      authPerIp: budget(env.RATE_LIMIT_AUTH_PER_IP, 20),
      signUpsPerIpPerHour: budget(env.RATE_LIMIT_SIGNUPS_PER_IP_PER_HOUR, 10),
      heldItemsPerIp: budget(env.RATE_LIMIT_HELD_ITEMS_PER_IP, 64),
      heldItemsWindowSeconds: env.RATE_LIMIT_HELD_ITEMS_WINDOW_SECONDS,
      queueJoinsPerIpPerHour: budget(env.RATE_LIMIT_QUEUE_JOINS_PER_IP_PER_HOUR, 20),
    },
    loginThrottle: {
      freeFailures: budget(env.LOGIN_FREE_FAILURES, 5),
      backoffSeconds: env.LOGIN_BACKOFF_SECONDS,
      maxBackoffSeconds: Math.max(env.LOGIN_BACKOFF_SECONDS, env.LOGIN_BACKOFF_MAX_SECONDS),
      failuresPerIpPerHour: budget(env.LOGIN_FAILURES_PER_IP_PER_HOUR, 100),
    },
    sockets: {
      maxConnectionsPerUser: budget(env.WS_MAX_CONNECTIONS_PER_USER, 10),
      maxConnectionsPerIp: budget(env.WS_MAX_CONNECTIONS_PER_IP, 200),
      maxSubscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxGroupsPerIp: budget(env.WS_MAX_GROUPS_PER_IP, 50),
      initTimeoutMs: env.WS_INIT_TIMEOUT_MS,
      heartbeatMs: env.WS_HEARTBEAT_MS,
    },
  };
}
