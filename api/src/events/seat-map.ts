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

/** A row that is in no tier range or in more than one. */
export interface RowProblem {
  section: string;
  row: number;
  tierRanges: number;
}

/** Seat widths of aisle between two sections. */
const AISLE = 2;

/**
 * Lays sections out left to right, row 1 at the front (y = 0), seat 1 on the left.
 * Returns the problems instead when a row has no tier or two. The organiser's form draws its
 * preview with this same function (client/src/organiser/event-draft.ts), so what they see is
 * what is created; each side words the problems for its own reader.
 */
export function generateSeatMap(sections: readonly SectionSpec[]): { seats: GeneratedSeat[]; problems: RowProblem[] } {
  const seats: GeneratedSeat[] = [];
  const problems: RowProblem[] = [];
  let offset = 0;
  for (const section of sections) {
    for (let row = 1; row <= section.rows; row++) {
      const covering = section.tiers.filter((range) => range.fromRow <= row && row <= range.toRow);
      if (covering.length !== 1) {
        problems.push({ section: section.name, row, tierRanges: covering.length });
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

/** The API's wording of a row problem (in a BAD_USER_INPUT message). */
export const describeRowProblem = ({ section, row, tierRanges }: RowProblem): string =>
  `section ${section} row ${row} is in ${tierRanges} tier ranges, it must be in exactly one`;
