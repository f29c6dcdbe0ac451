import type { VenueProblem } from '@tessera/venue';

/** The API's wording of a venue problem, in a BAD_USER_INPUT message (the client words its own). */
export function describeVenueProblem(problem: VenueProblem): string {
  const at = `section ${problem.section}`;
  switch (problem.kind) {
    case 'TIER_RANGES':
      return `${at} row ${problem.row} is in ${problem.tierRanges} tier ranges, it must be in exactly one`;
    case 'SEATS_OVERLAP':
      return `${at} row ${problem.row}: seats would be ${problem.spacing} seat widths apart; widen the arc or move the section further out`;
    case 'AISLE_OUTSIDE':
      return `${at}: an aisle after seat ${problem.seat} is not between two seats of row 1`;
    case 'SEAT_KIND_OUTSIDE':
      return `${at}: row ${problem.row} seats ${problem.fromSeat}-${problem.toSeat} are not seats of the section`;
    case 'SEAT_KIND_TWICE':
      return `${at} row ${problem.row} seat ${problem.seat} is given two kinds`;
    case 'WHEELCHAIR_WITHOUT_COMPANION':
      return `${at} row ${problem.row} seat ${problem.seat}: a wheelchair place needs a COMPANION seat beside it`;
  }
}
