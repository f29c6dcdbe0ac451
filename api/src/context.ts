import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Sessions } from './auth/sessions.ts';
import type { TokenService, AuthUser, TokenClaims } from './auth/tokens.ts';
import type { AppConfig } from './config.ts';
import type { Metrics } from './observability/metrics.ts';
import type { Publisher } from './realtime/publisher.ts';
import type { Clock } from './shared/clock.ts';
import { Loaders } from './loaders.ts';

/** What lives as long as the server: built once by createServer. */
export interface AppServices {
  config: AppConfig;
  orm: MikroORM;
  clock: Clock;
  publisher: Publisher;
  tokens: TokenService;
  sessions: Sessions;
  logger: Logger;
  metrics: Metrics;
}

/** What one GraphQL operation (HTTP request or WebSocket message) works with. */
export interface GraphQLContext {
  app: AppServices;
  /** A fresh fork per operation: no identity map is shared between requests. */
  em: EntityManager;
  /**
   * The caller, checked against the database. Over HTTP it is set once the document has passed
   * its checks (auth/session-plugin.ts), so a refused document costs no database work.
   */
  user: AuthUser | null;
  /** What the request's token says, before the database has confirmed it (null: no token). */
  claims: TokenClaims | null;
  requestId: string;
  loaders: Loaders;
  /** The client's address (behind TRUST_PROXY_HOPS proxies), for per-address rate limits. */
  clientIp: string | null;
}

export function createContext(
  app: AppServices,
  user: AuthUser | null,
  requestId: string,
  clientIp: string | null = null,
  claims: TokenClaims | null = null,
): GraphQLContext {
  const em = app.orm.em.fork();
  return { app, em, user, claims, requestId, loaders: new Loaders(em), clientIp };
}
