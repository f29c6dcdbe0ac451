import { createHash } from 'node:crypto';
import type { QueueProgress, QueueStatus, QueueTicketView } from './queue-views.ts';

/** What a ticket is, as stored, plus where its queue stands: all a ticket's view is computed from. */
export interface TicketState {
  id: number;
  eventId: number;
  status: QueueStatus;
  position: number | null;
  joinedAt: string;
  admittedAt: string | null;
  admittedUntil: string | null;
}

export interface QueueStanding {
  admittedThrough: number;
  ratePerMinute: number;
}

/**
 * Seconds until a waiting ticket is admitted: the admissions still needed before it (itself
 * included) at the measured rate. Null when there is no rate to go by.
 */
export function estimatedWaitSeconds(toGo: number, ratePerMinute: number): number | null {
  if (!(ratePerMinute > 0)) return null;
  return Math.ceil((toGo * 60) / ratePerMinute);
}

/**
 * The rate an estimate goes by: admissions in the last minute, scaled when the queue has been open
 * for less than that, never above the policy's rate (admission never is); the policy's rate until
 * there is a measurement.
 */
export function measuredRate(admittedLastMinute: number, openForSeconds: number, admitPerMinute: number): number {
  if (admittedLastMinute === 0 || openForSeconds < 1) return admitPerMinute;
  return Math.min(admitPerMinute, (admittedLastMinute * 60) / Math.min(60, openForSeconds));
}

/**
 * A ticket as its holder sees it. Admission goes strictly in position order and positions are
 * dense, so everyone between the last admitted position and this one is waiting: the number ahead
 * is a subtraction, no count.
 */
export function ticketView(ticket: TicketState, standing: QueueStanding): QueueTicketView {
  const waiting = ticket.status === 'WAITING' && ticket.position !== null;
  const ahead = waiting ? Math.max(0, ticket.position! - standing.admittedThrough - 1) : ticket.status === 'WAITING' ? null : 0;
  return {
    id: String(ticket.id),
    eventId: String(ticket.eventId),
    status: ticket.status,
    position: ticket.position,
    aheadOfYou: ahead,
    estimatedWaitSeconds: waiting ? estimatedWaitSeconds(ahead! + 1, standing.ratePerMinute) : ticket.status === 'WAITING' ? null : 0,
    joinedAt: ticket.joinedAt,
    admittedAt: ticket.admittedAt,
    admittedUntil: ticket.admittedUntil,
  };
}

/** What a message changes in a ticket, when the message alone can say. */
export type Advance =
  | { kind: 'unchanged' }
  | { kind: 'moved'; ticket: TicketState }
  /** Placed by this step but the message does not carry positions: look it up. */
  | { kind: 'needs-position' }
  /** Admitted in a step this process did not hear of: read it again. */
  | { kind: 'needs-reload' };

/** How one queue message moves one ticket (pure: the projection of every watcher runs it). */
export function advanceTicket(ticket: TicketState, progress: QueueProgress): Advance {
  if (ticket.status === 'EXPIRED') return { kind: 'unchanged' };
  if (progress.expired.includes(ticket.id)) return { kind: 'moved', ticket: { ...ticket, status: 'EXPIRED' } };
  if (ticket.status !== 'WAITING') return { kind: 'unchanged' };
  if (ticket.position === null) return progress.shuffled && progress.placedThrough > 0 ? { kind: 'needs-position' } : { kind: 'unchanged' };
  if (ticket.position > progress.admittedThrough) return { kind: 'moved', ticket };
  const step = progress.step;
  if (step && ticket.position >= step.from && ticket.position <= step.through) {
    return { kind: 'moved', ticket: { ...ticket, status: 'ADMITTED', admittedAt: step.admittedAt, admittedUntil: step.admittedUntil } };
  }
  return { kind: 'needs-reload' };
}

/** Two views the watcher would see as the same (no frame for it). */
export const sameView = (a: QueueTicketView, b: QueueTicketView) =>
  a.status === b.status && a.position === b.position && a.aheadOfYou === b.aheadOfYou && a.estimatedWaitSeconds === b.estimatedWaitSeconds && a.admittedUntil === b.admittedUntil;

/**
 * The shuffle's order, as anyone can recompute it from the published seed: ticket ids sorted by
 * SHA-256(seed || id as 4 bytes big-endian). The database computes the same (`sha256(decode(seed,
 * 'hex') || int4send(id))`); this is the auditor's side of it.
 */
export function shuffledOrder(seedHex: string, ticketIds: readonly number[]): number[] {
  const seed = Buffer.from(seedHex, 'hex');
  const keyed = ticketIds.map((id) => {
    const idBytes = Buffer.alloc(4);
    idBytes.writeInt32BE(id);
    return { id, key: createHash('sha256').update(seed).update(idBytes).digest() };
  });
  keyed.sort((a, b) => Buffer.compare(a.key, b.key) || a.id - b.id);
  return keyed.map((k) => k.id);
}
