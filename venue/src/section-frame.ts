import type { SectionPlacement } from './venue-spec.ts';

/** Distance between rows, in seat widths (a seat is deeper than it is wide). */
export const ROW_PITCH = 1.2;
/** Margin around the seats of a section's outline. */
const OUTLINE_MARGIN = 0.6;

export interface Point {
  x: number;
  y: number;
}

/**
 * A section's coordinate system. Seats are placed by row (1-based) and `u`, their position along
 * the row in seat widths, 0 at the row's middle, growing to the right of the seated buyer.
 */
export interface SectionFrame {
  readonly curved: boolean;
  at(row: number, u: number, rowSlots: number): Point;
  /** Distance between two neighbouring places of the row. */
  spacing(row: number, rowSlots: number): number;
  /** Closed polygon around the seats, given the half-width (in slots) of the first and last rows. */
  outline(rows: number, frontHalfWidth: number, backHalfWidth: number): Point[];
  label(rows: number): Point;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;
/** Unit vector of a bearing: 0 is +y (down the screen), 90 is -x, clockwise as drawn. */
const bearing = (degrees: number): Point => ({ x: -Math.sin(radians(degrees)), y: Math.cos(radians(degrees)) });
const radiusOf = (offset: number, row: number) => offset + (row - 1) * ROW_PITCH;

/** Rows are straight lines across the bearing, seats one seat width apart. */
export function straightFrame(placement: SectionPlacement): SectionFrame {
  const out = bearing(placement.angle);
  // The buyer faces the centre (-out); their right is `out` turned a quarter clockwise as drawn.
  const right = { x: out.y, y: -out.x };
  const shift = placement.shift ?? 0;
  const point = (distance: number, u: number): Point => ({ x: out.x * distance + right.x * (u + shift), y: out.y * distance + right.y * (u + shift) });
  return {
    curved: false,
    at: (row, u) => point(radiusOf(placement.offset, row), u),
    spacing: () => 1,
    outline(rows, front, back) {
      const near = placement.offset - OUTLINE_MARGIN;
      const far = radiusOf(placement.offset, rows) + OUTLINE_MARGIN;
      return [point(near, -front - 0.5), point(near, front + 0.5), point(far, back + 0.5), point(far, -back - 0.5)];
    },
    label: (rows) => point((placement.offset + radiusOf(placement.offset, rows)) / 2, 0),
  };
}

/**
 * Rows are arcs around the venue's centre, every row spanning `arc` degrees: its places (seats
 * and aisles) spread evenly over the arc, half a place short of each end, so that neighbouring
 * sections of touching arcs keep a gap between them.
 */
export function curvedFrame(placement: SectionPlacement & { arc: number }): SectionFrame {
  const step = (slots: number) => radians(placement.arc) / slots;
  const polar = (distance: number, angle: number): Point => {
    const direction = bearing(angle);
    return { x: direction.x * distance, y: direction.y * distance };
  };
  // Moving to the buyer's right turns the bearing anticlockwise as drawn.
  const angleAt = (u: number, slots: number) => placement.angle - (u * step(slots) * 180) / Math.PI;
  const arcPoints = (distance: number, from: number, to: number): Point[] => {
    const segments = Math.max(2, Math.ceil(Math.abs(to - from) / 4));
    return Array.from({ length: segments + 1 }, (_, i) => polar(distance, from + ((to - from) * i) / segments));
  };
  return {
    curved: true,
    at: (row, u, slots) => polar(radiusOf(placement.offset, row), angleAt(u, slots)),
    spacing: (row, slots) => 2 * radiusOf(placement.offset, row) * Math.sin(step(slots) / 2),
    outline(rows) {
      const half = placement.arc / 2;
      const near = Math.max(0, placement.offset - OUTLINE_MARGIN);
      const far = radiusOf(placement.offset, rows) + OUTLINE_MARGIN;
      return [...arcPoints(near, placement.angle + half, placement.angle - half), ...arcPoints(far, placement.angle - half, placement.angle + half)];
    },
    label: (rows) => polar((placement.offset + radiusOf(placement.offset, rows)) / 2, placement.angle),
  };
}

/**
 * The layout before venues had geometry: sections left to right from `left`, row 1 at y = 0, one
 * unit per row, seat 1 at the section's left edge. Kept exactly so that old inputs give old maps.
 */
export function plainFrame(left: number, widestRowSlots: number): SectionFrame {
  const middle = left + (widestRowSlots - 1) / 2;
  return {
    curved: false,
    at: (row, u, slots) => ({ x: left + u + (slots - 1) / 2, y: row - 1 }),
    spacing: () => 1,
    outline(rows) {
      const [x0, x1, y0, y1] = [left - 0.5, left + widestRowSlots - 0.5, -0.5, rows - 0.5];
      return [
        { x: x0, y: y0 },
        { x: x1, y: y0 },
        { x: x1, y: y1 },
        { x: x0, y: y1 },
      ];
    },
    label: (rows) => ({ x: middle, y: (rows - 1) / 2 }),
  };
}
