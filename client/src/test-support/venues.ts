import { generateVenue, previewSeatLayout, type SeatStatesJson, type SeatStatus } from '@tessera/venue';
import { decodeLayout, type SeatMapLayout } from '../live/seat-map-layout.ts';

/** Two small curved blocks in front of a stage, lettered rows, a wheelchair place at the back. */
export function smallHall(): SeatMapLayout {
  const venue = generateVenue({
    stage: { x: 0, y: -4, width: 16, depth: 3 },
    reservedTiers: ['VIP', 'Stalls'],
    sections: [
      { name: 'Left', rows: 3, seatsPerRow: 6, rowLabels: 'LETTERS', placement: { angle: 20, offset: 14, arc: 30 } },
      {
        name: 'Right',
        rows: 3,
        seatsPerRow: 6,
        rowLabels: 'LETTERS',
        placement: { angle: -20, offset: 14, arc: 30 },
        seatKinds: [
          { kind: 'WHEELCHAIR', row: 3, fromSeat: 1, toSeat: 1 },
          { kind: 'COMPANION', row: 3, fromSeat: 2, toSeat: 2 },
        ],
      },
    ],
  });
  if (venue.problems.length) throw new Error(JSON.stringify(venue.problems));
  return decodeLayout({ ...previewSeatLayout(venue, ['VIP', 'Stalls']), eventId: '1' });
}

/** A states document for a layout: every seat AVAILABLE at version 1, with `changes` applied. */
export function statesOf(layout: SeatMapLayout, changes: Record<number, { status: SeatStatus; version: number }> = {}): SeatStatesJson {
  const code = { AVAILABLE: 'A', HELD: 'H', SOLD: 'S' } as const;
  const statuses = Array.from({ length: layout.count }, (_, index) => code[changes[index]?.status ?? 'AVAILABLE']).join('');
  const versions = Array.from({ length: layout.count }, (_, index) => changes[index]?.version ?? 1);
  const sections = layout.sections.map((section) => {
    const counts = { available: 0, held: 0, sold: 0 };
    for (let index = section.first; index < section.first + section.count; index++) {
      const status = changes[index]?.status ?? 'AVAILABLE';
      counts[status === 'AVAILABLE' ? 'available' : status === 'HELD' ? 'held' : 'sold'] += 1;
    }
    return counts;
  });
  return { eventId: layout.eventId, layoutRevision: layout.revision, revision: 'S-test', count: layout.count, statuses, versions, sections };
}
