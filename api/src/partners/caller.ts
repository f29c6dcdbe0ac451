import type { TokenClaims } from '../auth/tokens.ts';
import type { AppServices } from '../context.ts';
import { unauthenticated } from '../shared/errors.ts';
import { looksLikeApiKey } from './api-key-secret.ts';
import type { ApiKeyCaller } from './api-key-view.ts';
import { authenticateApiKey } from './api-keys.ts';

/**
 * Who a request says it is: a person (a token whose signature holds; auth/sessions.ts then checks
 * the person in the database), a partner (an API key, already checked), or nobody.
 */
export interface Caller {
  claims: TokenClaims | null;
  apiKey: ApiKeyCaller | null;
}

/**
 * Reads `Authorization: Bearer <secret>` (HTTP) or `connectionParams.authorization` (WebSocket):
 * an API key (`tsk_...`) is checked against the database on every request, so a revoked key is
 * refused at once; anything else is a person's signed token. UNAUTHENTICATED for a bad one.
 */
export async function authenticate(app: AppServices, header: unknown): Promise<Caller> {
  if (typeof header === 'string') {
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : header.trim();
    if (looksLikeApiKey(token)) {
      if (token.length > 200) throw unauthenticated('Unknown API key');
      return { claims: null, apiKey: await authenticateApiKey(app, token) };
    }
  }
  return { claims: await app.tokens.fromHeader(header), apiKey: null };
}
