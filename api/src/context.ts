import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Sessions } from './auth/sessions.ts';
import type { TokenService, AuthUser, TokenClaims } from './auth/tokens.ts';
import type { AppConfig } from './config.ts';
import type { Metrics } from './observability/metrics.ts';
import type { InventoryStore } from './inventory/store.ts';
import type { ApiKeyCaller } from './partners/api-key-view.ts';
import type { PartnerServices } from './partners/partner-services.ts';
import type { QueuePositions } from './queue/queue-watch.ts';
import type { Publisher } from './realtime/publisher.ts';
import type { SeatMaps } from './seat-map/seat-maps.ts';
import type { Clock } from './shared/clock.ts';
import { Loaders } from './loaders.ts';

/** The request budgets (security/rate-limits.ts RateLimits), as use cases that spend them see them. */
export interface RequestBudgets {
  /** Takes one request (or `points[bucket]`) from each named budget; RATE_LIMITED when one is spent. */
  consume(keys: Partial<Record<'queue:ip' | 'held:ip' | 'signup:ip', string | null>>, points?: Partial<Record<string, number>>): Promise<unknown>;
  /** Whether the budget is on (a budget of 0 is off and never refuses). */
  counts(bucket: 'queue:ip' | 'held:ip' | 'signup:ip'): boolean;
}

/** What lives as long as the server: built once by createServer. */
export interface AppServices {
  config: AppConfig;
  orm: MikroORM;
  clock: Clock;
  publisher: Publisher;
  /** Runs the inventory's one-statement transitions on the ORM's connection pool. */
  inventory: InventoryStore;
  tokens: TokenService;
  sessions: Sessions;
  logger: Logger;
  metrics: Metrics;
  /** Per-event seat-map snapshots, kept in step with the publisher. */
  seatMaps: SeatMaps;
  /** API keys' open sockets, hold-token signing (partners/). */
  partners: PartnerServices;
  /** Request budgets shared by every instance; use cases that spend one only sometimes (a new queue place) consume it themselves. */
  rateLimits: RequestBudgets;
  /** Positions of queue tickets known to this process, for its watchers (queue/queue-watch.ts). */
  queuePositions: QueuePositions;
}

/** What a caller may add to the HTTP response (rate-limit headers); absent over WebSocket. */
export interface ResponseHeaders {
  set(name: string, value: string): void;
}

/** What a request knows besides the person: the API key it came with, its HTTP response. */
export interface CallerExtras {
  apiKey?: ApiKeyCaller | null;
  http?: ResponseHeaders | null;
}

/** What one GraphQL operation (HTTP request or WebSocket message) works with. */
export interface GraphQLContext {
  app: AppServices;
  /** A fresh fork per operation (made on first use): no identity map is shared between requests. */
  readonly em: EntityManager;
  /**
   * The caller, checked against the database. Over HTTP it is set once the document has passed
   * its checks (auth/session-plugin.ts), so a refused document costs no database work.
   */
  user: AuthUser | null;
  /** What the request's token says, before the database has confirmed it (null: no token). */
  claims: TokenClaims | null;
  /** The partner's key, when the request came with one instead of a person's token (then `user` is null). */
  apiKey: ApiKeyCaller | null;
  /** The HTTP response's headers, for HTTP requests. */
  http: ResponseHeaders | null;
  requestId: string;
  readonly loaders: Loaders;
  /** The client's address (behind TRUST_PROXY_HOPS proxies), for per-address rate limits. */
  clientIp: string | null;
}

export function createContext(
  app: AppServices,
  user: AuthUser | null,
  requestId: string,
  clientIp: string | null = null,
  claims: TokenClaims | null = null,
  extras: CallerExtras = {},
): GraphQLContext {
  return new OperationContext(app, user, requestId, clientIp, claims, extras);
}

/**
 * The entity manager fork and the loaders are made on first use: most inventory mutations never
 * touch the ORM (their one statement goes straight to the pool), so they cost nothing there.
 * (Plain fields, not `#private` ones: Apollo Server hands resolvers a shallow clone of the
 * context, which keeps the prototype and own fields but could not carry `#` fields.)
 */
class OperationContext implements GraphQLContext {
  readonly app: AppServices;
  user: AuthUser | null;
  claims: TokenClaims | null;
  readonly apiKey: ApiKeyCaller | null;
  readonly http: ResponseHeaders | null;
  readonly requestId: string;
  readonly clientIp: string | null;
  private lazyEm: EntityManager | undefined;
  private lazyLoaders: Loaders | undefined;

  constructor(app: AppServices, user: AuthUser | null, requestId: string, clientIp: string | null, claims: TokenClaims | null, extras: CallerExtras) {
    this.app = app;
    this.user = user;
    this.claims = claims;
    this.apiKey = extras.apiKey ?? null;
    this.http = extras.http ?? null;
    this.requestId = requestId;
    this.clientIp = clientIp;
  }

  get em(): EntityManager {
    this.lazyEm ??= this.app.orm.em.fork();
    return this.lazyEm;
  }

  get loaders(): Loaders {
    this.lazyLoaders ??= new Loaders(this.em);
    return this.lazyLoaders;
  }
}
