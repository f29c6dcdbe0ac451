/** What a seat is for. Every seat is one of these; the buyer can filter by it. */
export const SEAT_KINDS = ['STANDARD', 'WHEELCHAIR', 'COMPANION', 'RESTRICTED_VIEW'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/** Rows `fromRow`..`toRow` (1-based, inclusive) of a section belong to one tier. */
export interface RowRange {
  fromRow: number;
  toRow: number;
  tier: string;
}

/** Seats `fromSeat`..`toSeat` of row `row` (1-based) are of `kind`. */
export interface SeatKindRange {
  kind: SeatKind;
  row: number;
  fromSeat: number;
  toSeat: number;
}

/**
 * Where a section sits around the venue's centre (the stage front of a hall, an arena's floor).
 * Coordinates are seat widths, x to the right, y down; bearings are degrees clockwise from +y.
 */
export interface SectionPlacement {
  /** Bearing of the section's centre line from (0, 0): 0 below the centre, 90 to its left, 180 above. */
  angle: number;
  /** Distance from (0, 0) to the front row. */
  offset: number;
  /** Degrees the rows span; rows are then arcs around (0, 0). 0 or absent: straight rows. */
  arc?: number | null;
  /** Straight rows only: the section slides sideways by this much, to the right of its seated buyers. */
  shift?: number | null;
}

export type RowLabelStyle = 'NUMBERS' | 'LETTERS';

/** One section of the generator's input (`SectionInput` in schema/events.graphql). */
export interface SectionSpec {
  name: string;
  rows: number;
  /** Seats in row 1. */
  seatsPerRow: number;
  /** Absent: the event's reserved tiers by row range (defaultRowRanges). */
  tiers?: readonly RowRange[] | null;
  /** Each row has this many more seats than the one in front of it (a wedge); a fraction adds a seat every few rows. */
  seatsAddedPerRow?: number | null;
  /** Absent: the plain layout, sections left to right, row 1 at y = 0. */
  placement?: SectionPlacement | null;
  /** An aisle of one seat width after these seat numbers of row 1 (at the same share of wider rows). */
  aisles?: readonly number[] | null;
  rowLabels?: RowLabelStyle | null;
  seatKinds?: readonly SeatKindRange[] | null;
}

/** A rectangle drawn under the seats: the stage, the floor. */
export interface ShapeSpec {
  label?: string | null;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  depth: number;
  /** Degrees clockwise. */
  rotation?: number | null;
  cornerRadius?: number | null;
}

export interface VenueSpec {
  sections: readonly SectionSpec[];
  stage?: ShapeSpec | null;
  floor?: ShapeSpec | null;
  /** The event's RESERVED tier names in input order: the defaults for sections without tiers. */
  reservedTiers?: readonly string[];
}
