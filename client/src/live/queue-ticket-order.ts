import type { QueueStatus } from '../generated/graphql.ts';

/** What ordering a queue ticket needs: where it stands, not when it was sent. */
export interface QueueTicketStanding {
  status: QueueStatus;
  position: number | null;
  aheadOfYou: number | null;
}

/** A ticket's statuses in the only order it goes through them (an admission runs out unused: EXPIRED). */
const STATUS_ORDER: Record<QueueStatus, number> = { WAITING: 0, ADMITTED: 1, EXPIRED: 2 };

/**
 * Queue tickets carry no version, but their life only moves one way (the API's queue rules):
 * WAITING, first without a place and then at a position that never changes with fewer and fewer
 * ahead (admission goes strictly in position order), then ADMITTED, then perhaps EXPIRED. So a
 * ticket with an earlier status than the one known, without a place when one is known, or with
 * more people ahead, was overtaken in transit (a push passed by an older one, or an HTTP answer
 * read before the push that arrived first) and must not move the buyer back or un-admit them. The
 * same standing is not stale: its estimated wait may have moved either way with the rate.
 */
export function isStaleQueueTicket(incoming: QueueTicketStanding, cached: QueueTicketStanding | null | undefined): boolean {
  if (!cached) return false;
  const step = STATUS_ORDER[incoming.status] - STATUS_ORDER[cached.status];
  if (step !== 0) return step < 0;
  if (incoming.status !== 'WAITING' || cached.position === null) return false;
  if (incoming.position === null) return true;
  return incoming.aheadOfYou !== null && cached.aheadOfYou !== null && incoming.aheadOfYou > cached.aheadOfYou;
}
