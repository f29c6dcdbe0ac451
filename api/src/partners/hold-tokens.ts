import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from '../shared/errors.ts';

const PREFIX = 'htk_';

/** What a hold token stands for: the key's customer (an account of its own) and their hold. */
export interface HoldTokenClaims {
  keyId: number;
  customerId: number;
  holdId: number;
  eventId: number;
}

/**
 * Hold tokens are signed, not stored: `htk_<claims>.<HMAC-SHA256>` with the server's secret, so
 * using one costs no database read, and only the key it names can use it (the request must come
 * with that key, checked against the database as every key request is).
 */
export class HoldTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('tessera hold tokens').digest();
  }

  sign(claims: HoldTokenClaims): string {
    const body = Buffer.from(JSON.stringify([claims.keyId, claims.customerId, claims.holdId, claims.eventId])).toString('base64url');
    return `${PREFIX}${body}.${this.mac(body)}`;
  }

  /** The token's claims, if it is a token of this key; BAD_USER_INPUT otherwise. */
  verify(token: string, keyId: number): HoldTokenClaims {
    const invalid = () => badInput('holdToken: not a hold token of this API key');
    if (!token.startsWith(PREFIX) || token.length > 200) throw invalid();
    const [body, mac] = token.slice(PREFIX.length).split('.');
    if (!body || !mac) throw invalid();
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    const values = JSON.parse(Buffer.from(body, 'base64url').toString()) as unknown;
    if (!Array.isArray(values) || values.length !== 4 || !values.every((v) => Number.isInteger(v))) throw invalid();
    const [k, customerId, holdId, eventId] = values as number[];
    if (k !== keyId) throw invalid();
    return { keyId: k, customerId: customerId!, holdId: holdId!, eventId: eventId! };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
