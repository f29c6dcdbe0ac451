import type { VenueProblem } from './venue-problems.ts';
import type { SeatKind, SectionSpec } from './venue-spec.ts';

/** A section's seat kinds by row and number; every seat not listed is STANDARD. */
export interface SeatKinds {
  of(row: number, number: number): SeatKind;
}

/**
 * Reads a section's seat-kind ranges, checking that each lies in its row, that no seat has two
 * kinds, and that every wheelchair place has a companion seat beside it (venues sell the two
 * together; a wheelchair user does not come alone to a place with no seat for whoever is with them).
 */
export function seatKindsOf(section: SectionSpec, seatsInRow: (row: number) => number, problems: VenueProblem[]): SeatKinds {
  const kinds = new Map<string, SeatKind>();
  const key = (row: number, number: number) => `${row}/${number}`;
  for (const range of section.seatKinds ?? []) {
    const { row, fromSeat, toSeat } = range;
    if (row < 1 || row > section.rows || fromSeat < 1 || fromSeat > toSeat || toSeat > seatsInRow(row)) {
      problems.push({ kind: 'SEAT_KIND_OUTSIDE', section: section.name, row, fromSeat, toSeat });
      continue;
    }
    for (let seat = fromSeat; seat <= toSeat; seat++) {
      if (kinds.has(key(row, seat))) problems.push({ kind: 'SEAT_KIND_TWICE', section: section.name, row, seat });
      kinds.set(key(row, seat), range.kind);
    }
  }
  for (const [place, kind] of kinds) {
    if (kind !== 'WHEELCHAIR') continue;
    const [row, seat] = place.split('/').map(Number) as [number, number];
    if (kinds.get(key(row, seat - 1)) !== 'COMPANION' && kinds.get(key(row, seat + 1)) !== 'COMPANION') {
      problems.push({ kind: 'WHEELCHAIR_WITHOUT_COMPANION', section: section.name, row, seat });
    }
  }
  return { of: (row, number) => kinds.get(key(row, number)) ?? 'STANDARD' };
}
