import type { Change } from '../change-log.ts';
import type { FaultKind, FaultRecord } from '../evidence.ts';

/**
 * How long a committed change may take to be published and delivered on this loaded machine:
 * the statement's answer, the after-commit publish, Redis, the subscriber's process, its socket.
 */
export const PUBLISH_MS = 2000;
/** From a (re)connect until the server has registered the subscription (it reads the event first). */
export const SUBSCRIBE_MS = 1000;
/**
 * Two changes of one seat this close together may be published out of order by two processes;
 * the subscriber's process then drops the older one (its version gate): a newer one stands for it.
 */
export const REORDER_MS = 1000;

/**
 * A statement the killed process had already sent runs on in PostgreSQL and may commit after the
 * kill; so may one whose backend had not yet died when PostgreSQL was told to crash.
 */
export const STRAGGLER_MS = 1000;

/** `chaos-api-<i>`: the application_name each API process's connections carry (cluster.ts). */
export const appOfApi = (i: number) => `chaos-api-${i}`;

/**
 * Whether a fault may have kept this change from every subscriber, and which: the process that
 * made it was killed before it could publish (or after it had sent the statement); PostgreSQL
 * crashed as it committed, so the answer (and with it the publish) may have been lost. A change no fault excuses must reach every
 * subscriber whose stream was up, unless the server closed that stream with 4205 (resynchronise)
 * after a Redis outage (subscribers.ts): a publish Redis dropped is owed only to streams never told.
 */
export function lostToFault(change: Pick<Change, 'at' | 'app'>, faults: readonly FaultRecord[]): FaultKind | null {
  for (const f of faults) {
    const from = f.start - PUBLISH_MS;
    if (f.kind === 'kill-api' && f.api !== undefined && change.app === appOfApi(f.api) && change.at >= from && change.at <= f.start + STRAGGLER_MS) return 'kill-api';
    if (f.kind === 'crash-postgres' && change.at >= from && change.at <= Math.max(f.end, f.start + STRAGGLER_MS)) return 'crash-postgres';
  }
  return null;
}
