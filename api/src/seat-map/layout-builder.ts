import { createHash } from 'node:crypto';
import { seatLayoutOf, type LayoutSeat, type SeatKind, type SeatLayoutJson } from '@tessera/venue';
import type { VenueGeometry } from '../events/venue-layout.entity.ts';

/** A seat as read from the database for the layout. */
export interface StoredSeat extends Omit<LayoutSeat, 'tierId'> {
  tierId: number;
  kind: SeatKind;
}

/** Bumped when the document's encoding changes, so that caches holding the old one miss. */
const FORMAT = 'L1';

/** The layout document of an event (`@tessera/venue`'s seatLayoutOf), its revision a hash of its content. */
export function buildLayout(eventId: number, seatsById: readonly StoredSeat[], geometry: VenueGeometry | null, tierIds: readonly number[]): SeatLayoutJson {
  const layout = seatLayoutOf(
    String(eventId),
    seatsById.map((seat) => ({ ...seat, tierId: String(seat.tierId) })),
    geometry,
    tierIds.map(String),
  );
  const revision = `${FORMAT}-${createHash('sha256').update(JSON.stringify(layout)).digest('hex').slice(0, 16)}`;
  return { ...layout, revision };
}
