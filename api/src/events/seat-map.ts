/** A section of the seat-map generator input (see `SectionInput` in schema/events.graphql). */
export interface SectionSpec {
  name: string;
  rows: number;
  seatsPerRow: number;
  tiers: { fromRow: number; toRow: number; tier: string }[];
}

export interface GeneratedSeat {
  section: string;
  row: string;
  number: number;
  x: number;
  y: number;
  tier: string;
}

/** Seat widths of aisle between two sections. */
const AISLE = 2;

/**
 * Lays sections out left to right, row 1 at the front (y = 0), seat 1 on the left.
 * Returns the problems instead when a row has no tier or two.
 */
export function generateSeatMap(sections: readonly SectionSpec[]): { seats: GeneratedSeat[]; problems: string[] } {
  const seats: GeneratedSeat[] = [];
  const problems: string[] = [];
  let offset = 0;
  for (const section of sections) {
    for (let row = 1; row <= section.rows; row++) {
      const covering = section.tiers.filter((range) => range.fromRow <= row && row <= range.toRow);
      if (covering.length !== 1) {
        problems.push(`section ${section.name} row ${row} is in ${covering.length} tier ranges, it must be in exactly one`);
        continue;
      }
      for (let number = 1; number <= section.seatsPerRow; number++) {
        seats.push({ section: section.name, row: String(row), number, x: offset + number - 1, y: row - 1, tier: covering[0]!.tier });
      }
    }
    offset += section.seatsPerRow + AISLE;
  }
  return { seats, problems };
}
