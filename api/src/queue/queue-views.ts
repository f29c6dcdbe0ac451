/**
 * The queue's GraphQL types as plain data. `QueueTicketView` holds wire values (ids as strings,
 * instants as ISO strings) and the GraphQL type has no resolvers of its own, so a watcher's ticket
 * can be written to its socket without an execution (realtime/flat-result.ts).
 */
export type QueueStatus = 'WAITING' | 'ADMITTED' | 'EXPIRED';

export interface QueueTicketView {
  id: string;
  eventId: string;
  status: QueueStatus;
  position: number | null;
  aheadOfYou: number | null;
  estimatedWaitSeconds: number | null;
  joinedAt: string;
  admittedAt: string | null;
  admittedUntil: string | null;
}

export interface QueuePolicyView {
  eventId: number;
  organizerId: number;
  opensAt: Date | string;
  admitPerMinute: number;
  admissionMinutes: number;
  shuffledAt: Date | string | null;
  shuffleSeed: string | null;
}

export interface QueueStatsView {
  eventId: number;
  waiting: number;
  admitted: number;
  holding: number;
  expired: number;
  admittedTotal: number;
  admittedLastMinute: number;
  updatedAt: string;
}

declare module '../realtime/publisher.ts' {
  interface ChannelPayloads {
    /** Every step of an event's queue (shuffle, placement, admission, expiry), per event. */
    queue: QueueProgress;
    /** The room's counts after its steps, per event (organisers' dashboards). */
    queueStats: QueueStatsView;
  }
}

/**
 * One step of an event's queue, as every watcher of the event receives it. It is cumulative
 * (`admittedThrough`, `placedThrough`), so a watcher that missed a message is right again with the
 * next; `id` and `version` (the queue row's) keep each process's stream in order.
 */
export interface QueueProgress {
  /** The event (the version gate's row). */
  id: number;
  version: number;
  shuffled: boolean;
  /** The highest position given so far (positions are dense from 1). */
  placedThrough: number;
  /** Every position up to this one has been admitted (and is no longer waiting). */
  admittedThrough: number;
  /** The admission this message announces: positions `from`..`through`, all admitted at one instant. */
  step: { from: number; through: number; admittedAt: string; admittedUntil: string } | null;
  /** Tickets whose admission ran out unused in this step. */
  expired: number[];
  /** Admissions per minute, measured over the last minute (the policy's rate when there were none). */
  ratePerMinute: number;
}
