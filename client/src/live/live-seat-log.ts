import type { SeatStateFragment } from '../generated/graphql.ts';

/**
 * The newest live state of every seat that changed since an event was opened. A bulk read of the
 * map (first load, resync) may have been answered before some of these changes; replaying the log
 * through the version guard after writing it means a slow response never undoes a newer update.
 */
const logs = new Map<string, Map<string, SeatStateFragment>>();

export function recordSeatUpdate(eventId: string, seat: SeatStateFragment): void {
  let log = logs.get(eventId);
  if (!log) logs.set(eventId, (log = new Map()));
  const known = log.get(seat.id);
  if (!known || seat.version > known.version) log.set(seat.id, seat);
}

export function seatUpdatesOf(eventId: string): Iterable<SeatStateFragment> {
  return logs.get(eventId)?.values() ?? [];
}
