import { ok, createAccount, createEventFixture, type Account, type EventFixture, type TestServer } from '../../test/harness.ts';
import type { AppConfig } from '../config.ts';

/** Queue timing for tests: the keeper's own timer is off (tests step it), admission steps at most every 500 ms. */
export const QUEUE_TEST_CONFIG: Partial<AppConfig> = { queue: { tickMs: 600_000, stepMs: 500, offerSeconds: 300 } };

export const JOIN = `mutation($e: ID!) { joinQueue(eventId: $e) { id eventId status position aheadOfYou estimatedWaitSeconds joinedAt admittedAt admittedUntil } }`;
export const SET_QUEUE = `mutation($e: ID!, $q: QueuePolicyInput) { setEventQueue(eventId: $e, queue: $q) { id queue { opensAt admitPerMinute admissionMinutes } } }`;
export const QUEUE_UPDATED = `subscription($e: ID!) { queueUpdated(eventId: $e) { id status position aheadOfYou estimatedWaitSeconds admittedUntil } }`;

export interface Ticket {
  id: string;
  eventId: string;
  status: 'WAITING' | 'ADMITTED' | 'EXPIRED';
  position: number | null;
  aheadOfYou: number | null;
  estimatedWaitSeconds: number | null;
  joinedAt: string;
  admittedAt: string | null;
  admittedUntil: string | null;
}

export interface QueuedEvent extends EventFixture {
  organizer: Account;
  opensAt: Date;
}

/** A published event whose waiting room opens `opensInMs` after the server's now. */
export async function queuedEvent(
  server: TestServer,
  options: { rows?: number; seatsPerRow?: number; gaCapacity?: number; admitPerMinute?: number; admissionMinutes?: number; opensInMs?: number } = {},
): Promise<QueuedEvent> {
  const organizer = await createAccount(server, 'ORGANIZER');
  const event = await createEventFixture(server, { rows: options.rows ?? 2, seatsPerRow: options.seatsPerRow ?? 10, gaCapacity: options.gaCapacity, organizer });
  const opensAt = new Date(server.clock.now().getTime() + (options.opensInMs ?? 60_000));
  await ok(server, SET_QUEUE, { e: event.id, q: { opensAt: opensAt.toISOString(), admitPerMinute: options.admitPerMinute ?? 60, admissionMinutes: options.admissionMinutes ?? 10 } }, organizer.token);
  return { ...event, organizer, opensAt };
}

export const join = async (server: TestServer, eventId: string, buyer: Account) => (await ok<{ joinQueue: Ticket }>(server, JOIN, { e: eventId }, buyer.token)).joinQueue;

/** Moves the server's clock past the room's opening and runs the keeper once. */
export async function open(server: TestServer, event: QueuedEvent): Promise<void> {
  const wait = event.opensAt.getTime() - server.clock.now().getTime() + 1000;
  if (wait > 0) server.clock.advance(wait);
  await server.queueKeeper.stepNow();
}

/** Advances the clock and runs one keeper round; answers the admissions it made. */
export async function step(server: TestServer, ms = 1000): Promise<number> {
  server.clock.advance(ms);
  return server.queueKeeper.stepNow();
}
