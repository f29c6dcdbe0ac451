import type { AuthUser } from '../auth/tokens.ts';
import type { SocketLimits } from './security-config.ts';

/** graphql-ws's code for "too many": its client gives up instead of retrying in a loop. */
export const TOO_MANY_CONNECTIONS = 4429;
/** graphql-ws's Forbidden: the client reconnects, and sends a fresh token. */
export const TOKEN_EXPIRED = 4403;

export interface SocketTicket {
  userKey: string | null;
  ip: string | null;
  expiry: NodeJS.Timeout | null;
}

/**
 * Caps on open sockets per user and per client address, counted in this process (a socket lives
 * on one instance; the load balancer spreads a user's sockets, so the cap per instance is the
 * bound that matters for its memory).
 */
export class SocketGuard {
  private readonly limits: SocketLimits;
  private readonly perUser = new Map<string, number>();
  private readonly perIp = new Map<string, number>();

  constructor(limits: SocketLimits) {
    this.limits = limits;
  }

  get maxSubscriptions(): number {
    return this.limits.maxSubscriptionsPerConnection;
  }

  /** A ticket when the socket fits under both caps; null when it does not. */
  admit(user: AuthUser | null, ip: string | null, onTokenExpired: () => void): SocketTicket | null {
    const userKey = user ? String(user.id) : null;
    const { maxConnectionsPerUser, maxConnectionsPerIp } = this.limits;
    if (userKey && maxConnectionsPerUser > 0 && (this.perUser.get(userKey) ?? 0) >= maxConnectionsPerUser) return null;
    if (ip && maxConnectionsPerIp > 0 && (this.perIp.get(ip) ?? 0) >= maxConnectionsPerIp) return null;
    if (userKey) this.perUser.set(userKey, (this.perUser.get(userKey) ?? 0) + 1);
    if (ip) this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
    // The token was checked once, at connect: the socket must not outlive it.
    const expiry = user?.expiresAt ? setTimeout(onTokenExpired, Math.max(0, Math.min(user.expiresAt - Date.now(), 2 ** 31 - 1))) : null;
    expiry?.unref();
    return { userKey, ip, expiry };
  }

  release(ticket: SocketTicket): void {
    if (ticket.expiry) clearTimeout(ticket.expiry);
    const drop = (map: Map<string, number>, key: string | null) => {
      if (key === null) return;
      const n = (map.get(key) ?? 1) - 1;
      if (n <= 0) map.delete(key);
      else map.set(key, n);
    };
    drop(this.perUser, ticket.userKey);
    drop(this.perIp, ticket.ip);
  }
}
