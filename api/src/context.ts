import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { TokenService, AuthUser } from './auth/tokens.ts';
import type { AppConfig } from './config.ts';
import type { Metrics } from './observability/metrics.ts';
import type { Publisher } from './realtime/publisher.ts';
import type { SeatMaps } from './seat-map/seat-maps.ts';
import type { Clock } from './shared/clock.ts';
import { Loaders } from './loaders.ts';

/** What lives as long as the server: built once by createServer. */
export interface AppServices {
  config: AppConfig;
  orm: MikroORM;
  clock: Clock;
  publisher: Publisher;
  tokens: TokenService;
  logger: Logger;
  metrics: Metrics;
  /** Per-event seat-map snapshots, kept in step with the publisher. */
  seatMaps: SeatMaps;
}

/** What one GraphQL operation (HTTP request or WebSocket message) works with. */
export interface GraphQLContext {
  app: AppServices;
  /** A fresh fork per operation: no identity map is shared between requests. */
  em: EntityManager;
  user: AuthUser | null;
  requestId: string;
  loaders: Loaders;
  /** The client's address (behind TRUST_PROXY_HOPS proxies), for per-address rate limits. */
  clientIp: string | null;
}

export function createContext(app: AppServices, user: AuthUser | null, requestId: string, clientIp: string | null = null): GraphQLContext {
  const em = app.orm.em.fork();
  return { app, em, user, requestId, loaders: new Loaders(em), clientIp };
}
