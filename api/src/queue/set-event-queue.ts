import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../auth/tokens.ts';
import { EventSchema, type Event } from '../events/event.entity.ts';
import { badInput, forbidden, notFound } from '../shared/errors.ts';
import { validate } from '../shared/validate.ts';
import { queuePolicyInput, queueTimingProblem } from './queue-policy.ts';
import { removeQueuePolicy, replaceQueuePolicy } from './queue-policy-store.ts';

/** Sets, changes or removes an event's waiting room, until it opens; the event's organiser only. */
export async function setEventQueue(em: EntityManager, organizer: AuthUser, eventId: number, rawPolicy: unknown, now: Date): Promise<Event> {
  const event = await em.findOne(EventSchema, eventId);
  if (!event || (event.status === 'DRAFT' && event.organizerId !== organizer.id)) throw notFound('Event', String(eventId));
  if (event.organizerId !== organizer.id) throw forbidden('Only the event’s organiser can set its waiting room');
  if (rawPolicy === null || rawPolicy === undefined) {
    if (!(await removeQueuePolicy(em, eventId, now))) throw badInput('queue: the waiting room has opened; it can no longer be removed');
    return event;
  }
  const policy = validate(queuePolicyInput, rawPolicy);
  const problem = queueTimingProblem(policy, event.startsAt, now);
  if (problem) throw badInput(problem);
  if (!(await replaceQueuePolicy(em, eventId, policy, now))) throw badInput('queue: the waiting room has opened; it can no longer be changed');
  return event;
}
