import { badInput, holdExpired, type DomainError } from '../shared/errors.ts';
import type { HoldTokenClaims } from './hold-tokens.ts';

/**
 * A hold token's customer was refused a hold of their own: a token holds one hold, on one event,
 * and never opens another (the customer's events cap is 0). On another event that is a mistake of
 * the partner's; on the token's event it means the token's hold has ended.
 */
export function holdTokenRefusal(token: HoldTokenClaims, eventId: number): DomainError {
  if (eventId !== token.eventId) return badInput(`holdToken: this hold token is for event ${token.eventId}, not ${eventId}`);
  return holdExpired('This hold token’s hold has expired or was released; create another hold token');
}
