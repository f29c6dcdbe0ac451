import { defaultRowRanges, generateVenue, type RowLabelStyle, type SeatKindRange, type VenueProblem, type VenueSpec } from '@tessera/venue';
import type { SectionInput, VenueShapeInput } from '../generated/graphql.ts';
import { formatCount } from '../ui/format.ts';

/**
 * The venue part of the organiser's form, as typed. Sections sit side by side (the old grid),
 * curved around the stage or floor, or straight facing it. A section's tiers are by row range:
 * left alone (`ranges` null) they follow the event's reserved tiers, front rows to the first
 * (the API's own default, defaultRowRanges), and stay in step as rows and tiers change.
 */
export type SectionShape = 'side-by-side' | 'curved' | 'straight';

export interface RowRangeDraft {
  fromRow: number;
  toRow: number;
  tier: string;
}

export interface SectionDraft {
  name: string;
  rows: number;
  seatsPerRow: number;
  seatsAddedPerRow: number;
  shape: SectionShape;
  /** Degrees clockwise from below the centre: 0 in front of the stage, 90 on its left as drawn. */
  angle: number;
  /** From the centre to the front row, in seat widths. */
  offset: number;
  /** Curved: degrees the rows span. */
  arc: number;
  /** Straight: sideways slide. */
  shift: number;
  /** "8, 16": an aisle after these seat numbers of the front row. */
  aisles: string;
  rowLabels: RowLabelStyle;
  ranges: RowRangeDraft[] | null;
  kinds: SeatKindRange[];
}

export interface ShapeDraft {
  x: number;
  y: number;
  width: number;
  depth: number;
}

export interface VenueDraft {
  stage: ShapeDraft | null;
  floor: ShapeDraft | null;
  sections: SectionDraft[];
}

export function newSection(name: string, change: Partial<SectionDraft> = {}): SectionDraft {
  return { name, rows: 10, seatsPerRow: 20, seatsAddedPerRow: 0, shape: 'side-by-side', angle: 0, offset: 6, arc: 40, shift: 0, aisles: '', rowLabels: 'NUMBERS', ranges: null, kinds: [], ...change };
}

/** The tier ranges a section gets: its own when the organiser set them, else the default split. */
export function rangesOf(section: SectionDraft, reservedTiers: readonly string[]): RowRangeDraft[] {
  return section.ranges ?? defaultRowRanges(section.rows, reservedTiers);
}

function aislesOf(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number)
    .filter((value) => Number.isInteger(value));
}

function sectionSpec(section: SectionDraft): SectionInput {
  const placement =
    section.shape === 'side-by-side'
      ? null
      : section.shape === 'curved'
        ? { angle: section.angle, offset: section.offset, arc: section.arc }
        : { angle: section.angle, offset: section.offset, shift: section.shift };
  return {
    name: section.name,
    rows: section.rows,
    seatsPerRow: section.seatsPerRow,
    ...(section.ranges ? { tiers: section.ranges } : {}),
    ...(section.seatsAddedPerRow ? { seatsAddedPerRow: section.seatsAddedPerRow } : {}),
    ...(placement ? { placement } : {}),
    ...(aislesOf(section.aisles).length ? { aisles: aislesOf(section.aisles) } : {}),
    ...(section.rowLabels !== 'NUMBERS' ? { rowLabels: section.rowLabels } : {}),
    ...(section.kinds.length ? { seatKinds: section.kinds } : {}),
  };
}

const shapeSpec = (shape: ShapeDraft | null): VenueShapeInput | null => (shape ? { x: shape.x, y: shape.y, width: shape.width, depth: shape.depth, cornerRadius: 1 } : null);

/** What createEvent receives for the venue, and what the preview generates from. */
export function venueSpecOf(venue: VenueDraft, reservedTiers: readonly string[]): VenueSpec & { sections: SectionInput[]; stage: VenueShapeInput | null; floor: VenueShapeInput | null } {
  return { sections: venue.sections.map(sectionSpec), stage: shapeSpec(venue.stage), floor: shapeSpec(venue.floor), reservedTiers };
}

/** A generator problem in the organiser's words, naming the field to change. */
export function describeVenueProblem(problem: VenueProblem): string {
  const section = `Section ${problem.section || '?'}`;
  switch (problem.kind) {
    case 'TIER_RANGES':
      return `${section} row ${problem.row} is in ${problem.tierRanges} tier ranges; it must be in exactly one.`;
    case 'SEATS_OVERLAP':
      return `${section} row ${problem.row}: its seats would overlap (${formatCount(problem.spacing)} seat widths apart). Widen the arc or move the section further out.`;
    case 'AISLE_OUTSIDE':
      return `${section}: an aisle after seat ${problem.seat} is not inside the front row.`;
    case 'SEAT_KIND_OUTSIDE':
      return `${section} row ${problem.row}: there are no seats ${problem.fromSeat}–${problem.toSeat} for a seat kind.`;
    case 'SEAT_KIND_TWICE':
      return `${section} row ${problem.row} seat ${problem.seat} is given two kinds.`;
    case 'WHEELCHAIR_WITHOUT_COMPANION':
      return `${section} row ${problem.row} seat ${problem.seat}: a wheelchair space needs a companion seat next to it.`;
  }
}

/** The venue as createEvent will build it (the shared generator), and what is wrong with it. */
export function previewVenue(venue: VenueDraft, reservedTiers: readonly string[]) {
  const generated = generateVenue(venueSpecOf(venue, reservedTiers));
  return { generated, problems: generated.problems.map(describeVenueProblem) };
}

/** Ready-made venues to start from: the organiser adjusts rather than builds from nothing. */
export const VENUE_TEMPLATES: Record<'hall' | 'arena' | 'rows', { label: string; venue: () => VenueDraft }> = {
  hall: {
    label: 'Concert hall',
    venue: () => ({
      stage: { x: 0, y: 0, width: 20, depth: 6 },
      floor: null,
      sections: [
        newSection('Stalls Left', { shape: 'curved', angle: 50, offset: 14, arc: 42, rows: 12, seatsPerRow: 10, seatsAddedPerRow: 1, rowLabels: 'LETTERS' }),
        newSection('Stalls Centre', { shape: 'curved', angle: 0, offset: 14, arc: 52, rows: 12, seatsPerRow: 12, seatsAddedPerRow: 1, rowLabels: 'LETTERS' }),
        newSection('Stalls Right', { shape: 'curved', angle: -50, offset: 14, arc: 42, rows: 12, seatsPerRow: 10, seatsAddedPerRow: 1, rowLabels: 'LETTERS' }),
      ],
    }),
  },
  arena: {
    label: 'Arena',
    venue: () => ({
      stage: { x: 0, y: -27, width: 28, depth: 7 },
      floor: { x: 0, y: 3, width: 40, depth: 44 },
      sections: [0, 45, 90, 135, 225, 270, 315].map((angle, index) =>
        newSection(String(101 + index), { shape: 'curved', angle, offset: 34, arc: 38, rows: 15, seatsPerRow: 22, seatsAddedPerRow: 1 }),
      ),
    }),
  },
  rows: {
    label: 'Blocks side by side',
    venue: () => ({ stage: null, floor: null, sections: [newSection('A')] }),
  },
};
