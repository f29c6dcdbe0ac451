import { defaultRowRanges } from './default-row-ranges.ts';
import { rowLabel } from './row-labels.ts';
import { rowSlots } from './row-slots.ts';
import { seatKindsOf } from './seat-kinds.ts';
import { curvedFrame, plainFrame, straightFrame, type Point, type SectionFrame } from './section-frame.ts';
import type { VenueProblem } from './venue-problems.ts';
import type { SeatKind, SectionSpec, ShapeSpec, VenueSpec } from './venue-spec.ts';

export interface GeneratedSeat {
  section: string;
  /** Row label (`1`, `A`). */
  row: string;
  number: number;
  x: number;
  y: number;
  tier: string;
  kind: SeatKind;
}

/** Where a row's label goes: before seat 1 (the buyer's left) and after its last seat. */
export interface RowGeometry {
  label: string;
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

/** A section as drawn: what the seat map needs besides the seats. */
export interface SectionGeometry {
  name: string;
  angle: number;
  arc: number;
  offset: number;
  curved: boolean;
  labelX: number;
  labelY: number;
  /** Closed polygon around the section's seats: x0, y0, x1, y1, ... */
  outline: number[];
  rows: RowGeometry[];
}

export type ShapeKind = 'STAGE' | 'FLOOR';

export interface Shape {
  kind: ShapeKind;
  label: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: number;
  cornerRadius: number;
}

export interface GeneratedVenue {
  /** By section (input order), row (front first), number. */
  seats: GeneratedSeat[];
  sections: SectionGeometry[];
  shapes: Shape[];
  problems: VenueProblem[];
}

/** Seat widths between two sections of the plain layout. */
const PLAIN_GAP = 2;
/** Closer than this, two seats of a row overlap. */
export const MIN_SEAT_SPACING = 0.9;

const round = (value: number) => Math.round(value * 100) / 100;
/** Row `row`'s seats: wedges widen by `seatsAddedPerRow` a row, which may be a fraction (a seat every other row). */
export const seatsInRow = (section: Pick<SectionSpec, 'seatsPerRow' | 'seatsAddedPerRow'>, row: number) => Math.round(section.seatsPerRow + (row - 1) * Math.max(0, section.seatsAddedPerRow ?? 0));

function frameOf(section: SectionSpec, plainLeft: number): SectionFrame {
  const placement = section.placement;
  if (!placement) return plainFrame(plainLeft, widestRow(section));
  const arc = placement.arc ?? 0;
  return arc > 0 ? curvedFrame({ ...placement, arc }) : straightFrame(placement);
}

function widestRow(section: SectionSpec): number {
  return rowSlots(seatsInRow(section, section.rows), section.seatsPerRow, section.aisles ?? []).slots;
}

function shapeOf(kind: ShapeKind, spec: ShapeSpec): Shape {
  return {
    kind,
    label: spec.label ?? (kind === 'STAGE' ? 'Stage' : 'Floor'),
    x: round(spec.x),
    y: round(spec.y),
    width: round(spec.width),
    depth: round(spec.depth),
    rotation: spec.rotation ?? 0,
    cornerRadius: spec.cornerRadius ?? 0,
  };
}

/**
 * Builds a venue from sections placed around its centre (a hall's stage, an arena's floor):
 * straight or curved rows, aisles, row labels, seat kinds and a tier per row range. Returns the
 * problems instead of failing; the API refuses an input with any, the organiser's preview shows
 * them. Pure: the API's createEvent and the organiser's preview run this same function, so what
 * the organiser sees is what is created.
 */
export function generateVenue(spec: VenueSpec): GeneratedVenue {
  const seats: GeneratedSeat[] = [];
  const sections: SectionGeometry[] = [];
  const problems: VenueProblem[] = [];
  let plainLeft = 0;
  for (const section of spec.sections) {
    const frame = frameOf(section, plainLeft);
    const ranges = section.tiers ?? defaultRowRanges(section.rows, spec.reservedTiers ?? []);
    const aisles = section.aisles ?? [];
    for (const seat of aisles) {
      if (seat < 1 || seat >= section.seatsPerRow) problems.push({ kind: 'AISLE_OUTSIDE', section: section.name, seat });
    }
    const kinds = seatKindsOf(section, (row) => seatsInRow(section, row), problems);
    const rows: RowGeometry[] = [];
    for (let row = 1; row <= section.rows; row++) {
      const label = rowLabel(row, section.rowLabels);
      const count = seatsInRow(section, row);
      const { offsets, slots } = rowSlots(count, section.seatsPerRow, aisles);
      const spacing = frame.spacing(row, slots);
      if (spacing < MIN_SEAT_SPACING) problems.push({ kind: 'SEATS_OVERLAP', section: section.name, row, spacing: round(spacing) });
      const start = frame.at(row, offsets[0]! - 1, slots);
      const end = frame.at(row, offsets.at(-1)! + 1, slots);
      rows.push({ label, startX: round(start.x), startY: round(start.y), endX: round(end.x), endY: round(end.y) });
      const covering = ranges.filter((range) => range.fromRow <= row && row <= range.toRow);
      if (covering.length !== 1) {
        problems.push({ kind: 'TIER_RANGES', section: section.name, row, tierRanges: covering.length });
        continue;
      }
      offsets.forEach((u, i) => {
        const at = frame.at(row, u, slots);
        seats.push({ section: section.name, row: label, number: i + 1, x: round(at.x), y: round(at.y), tier: covering[0]!.tier, kind: kinds.of(row, i + 1) });
      });
    }
    const front = (rowSlots(section.seatsPerRow, section.seatsPerRow, aisles).slots - 1) / 2;
    const back = (widestRow(section) - 1) / 2;
    const label = frame.label(section.rows);
    sections.push({
      name: section.name,
      angle: section.placement?.angle ?? 0,
      arc: frame.curved ? (section.placement?.arc ?? 0) : 0,
      offset: section.placement?.offset ?? 0,
      curved: frame.curved,
      labelX: round(label.x),
      labelY: round(label.y),
      outline: frame.outline(section.rows, front, back).flatMap((p: Point) => [round(p.x), round(p.y)]),
      rows,
    });
    if (!section.placement) plainLeft += widestRow(section) + PLAIN_GAP;
  }
  const shapes = [...(spec.floor ? [shapeOf('FLOOR', spec.floor)] : []), ...(spec.stage ? [shapeOf('STAGE', spec.stage)] : [])];
  return { seats, sections, shapes, problems };
}
