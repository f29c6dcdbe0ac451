import { generateVenue, type GeneratedSeat, type SectionSpec, type VenueProblem } from '@tessera/venue';

/**
 * The generator lives in the shared workspace package `@tessera/venue` (venue/src), which the
 * organiser's preview imports too. This file keeps the old entry point for the web client until
 * it imports the package itself (issue 12); nothing in the API uses it.
 */
export interface RowProblem {
  section: string;
  row: number;
  tierRanges: number;
}

export function generateSeatMap(sections: readonly SectionSpec[]): { seats: GeneratedSeat[]; problems: RowProblem[] } {
  const { seats, problems } = generateVenue({ sections });
  return {
    seats,
    problems: problems.flatMap((p: VenueProblem) => (p.kind === 'TIER_RANGES' ? [{ section: p.section, row: p.row, tierRanges: p.tierRanges }] : [])),
  };
}

export type { GeneratedSeat };
