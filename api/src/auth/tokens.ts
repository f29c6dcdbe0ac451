import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';
import { unauthenticated } from '../shared/errors.ts';
import type { Role } from './user.entity.ts';

/** Who is calling: the token's user, with the role the database gives them now (sessions.ts). */
export interface AuthUser {
  id: number;
  role: Role;
  /** When the token stops being valid (ms since the epoch); a socket is closed then. */
  expiresAt?: number;
}

/**
 * What a verified token says. Its signature proves who issued it; whether the user still exists,
 * their role and whether the session still stands are the database's to say (sessions.ts).
 */
export interface TokenClaims {
  id: number;
  /** The user's session generation when the token was signed (tokens without one: 0). */
  generation: number;
  expiresAt?: number;
}

const ISSUER = 'tessera';
/** Tokens already verified, so a buyer's 30th request costs a map lookup, not an HMAC (6% of CPU under load). */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenService {
  /**
   * The secret imported once as a WebCrypto key: given raw bytes, jose imports them again for
   * every token (a new user's first request pays it; 20,000 joining a waiting room at once do).
   */
  private readonly key: Promise<webcrypto.CryptoKey>;
  private readonly ttlSeconds: number;
  private readonly verified = new Map<string, TokenClaims>();
  constructor(secret: string, ttlSeconds: number) {
    this.key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    // A refused secret fails each sign and verify (with its error), not the process at start-up.
    this.key.catch(() => {});
    this.ttlSeconds = ttlSeconds;
  }

  /** The role claim is informative only (clients may show it); the server reads the role from the database. */
  async sign(user: { id: number; role: Role; sessionGeneration?: number }, expiresInSeconds = this.ttlSeconds): Promise<string> {
    return new SignJWT({ role: user.role, gen: user.sessionGeneration ?? 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(user.id))
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
      .sign(await this.key);
  }

  /** Throws UNAUTHENTICATED for a bad, forged or expired token. */
  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known && (known.expiresAt === undefined || known.expiresAt > Date.now())) return known;
    this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const id = Number(payload.sub);
      const generation = payload['gen'] ?? 0;
      if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647 || !Number.isInteger(generation)) throw unauthenticated('Invalid token');
      const user: TokenClaims = { id, generation: generation as number, ...(typeof payload.exp === 'number' ? { expiresAt: payload.exp * 1000 } : {}) };
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, user);
      return user;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Token expired, sign in again');
      if (error instanceof errors.JOSEError) throw unauthenticated('Invalid token');
      throw error;
    }
  }

  /** Reads `Bearer <token>` (or a bare token); null when there is none. */
  async fromHeader(header: unknown): Promise<TokenClaims | null> {
    if (header === undefined || header === null || header === '') return null;
    if (typeof header !== 'string') throw unauthenticated('Invalid authorization header');
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : header.trim();
    return this.verify(token);
  }
}
