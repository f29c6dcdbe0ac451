import type { HoldPolicy } from '../config.ts';
import type { ClaimRefusal } from '../inventory/hold-claim.ts';
import { DomainError, limitExceeded } from '../shared/errors.ts';
import { coolDownEnds } from './hold-timing.ts';

/** The error a buyer gets when nothing could go into their hold (every refusal but a race or an unswept hold). */
export function claimRefusalError(
  refusal: Exclude<ClaimRefusal, 'HOLD_ENDED' | 'RACE'>,
  details: { limit: number; previousCap: string | null; eventId: number },
  now: Date,
  policy: HoldPolicy,
): DomainError {
  switch (refusal) {
    case 'NOT_ADMITTED':
      return new DomainError('NOT_ADMITTED', 'This event sells through its waiting room: join the queue (joinQueue) and wait for your turn', {
        eventId: String(details.eventId),
      });
    case 'PER_ORDER_LIMIT':
      return limitExceeded(details.limit);
    case 'EVENTS_LIMIT':
      return new DomainError('LIMIT_EXCEEDED', `You already hold seats or tickets in ${policy.maxEvents} events: check out or release one first`, {
        maxEvents: policy.maxEvents,
      });
    case 'COOLING_DOWN': {
      const retryAt = coolDownEnds(details.previousCap ?? now, policy);
      const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
      return new DomainError(
        'LIMIT_EXCEEDED',
        `You have held seats of this event for the longest a hold may last; you can hold seats here again in ${retryAfterSeconds} s`,
        { retryAfterSeconds },
      );
    }
  }
}
