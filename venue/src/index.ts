export { defaultRowRanges } from './default-row-ranges.ts';
export { generateVenue, MIN_SEAT_SPACING, seatsInRow, type GeneratedSeat, type GeneratedVenue, type RowGeometry, type SectionGeometry, type Shape, type ShapeKind } from './generate-venue.ts';
export { rowLabel } from './row-labels.ts';
export { previewSeatLayout, seatLayoutOf, type LayoutSeat, type VenueGeometry } from './seat-layout.ts';
export { ROW_PITCH } from './section-frame.ts';
export type { VenueProblem } from './venue-problems.ts';
export { SEAT_KINDS, type RowLabelStyle, type RowRange, type SeatKind, type SeatKindRange, type SectionPlacement, type SectionSpec, type ShapeSpec, type VenueSpec } from './venue-spec.ts';
export {
  kindOfCode,
  SEAT_KIND_CODES,
  SEAT_STATUS_CODES,
  statusOfCode,
  type SeatLayoutJson,
  type SeatStatesJson,
  type SeatStatus,
  type SectionLayoutJson,
} from './wire-format.ts';
