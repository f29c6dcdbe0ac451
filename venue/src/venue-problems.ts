/**
 * What stops a venue from being built, as data: the API words it in a BAD_USER_INPUT message, the
 * organiser's form beside the field. `row` and `seat` are 1-based.
 */
export type VenueProblem =
  /** A row in no tier range or in several. */
  | { kind: 'TIER_RANGES'; section: string; row: number; tierRanges: number }
  /** Seats of a curved row closer than a seat's width: widen the arc or move the section out. */
  | { kind: 'SEATS_OVERLAP'; section: string; row: number; spacing: number }
  /** An aisle after a seat number the front row does not have (or after its last seat). */
  | { kind: 'AISLE_OUTSIDE'; section: string; seat: number }
  /** A seat-kind range outside its row, or a row the section does not have. */
  | { kind: 'SEAT_KIND_OUTSIDE'; section: string; row: number; fromSeat: number; toSeat: number }
  /** A seat given two kinds. */
  | { kind: 'SEAT_KIND_TWICE'; section: string; row: number; seat: number }
  /** A wheelchair place with no companion seat next to it in its row. */
  | { kind: 'WHEELCHAIR_WITHOUT_COMPANION'; section: string; row: number; seat: number };
