import { kindOfCode, type SeatKind, type SeatLayoutJson } from '@tessera/venue';

/** A row of the map: a contiguous range of seat indexes and where its label goes. */
export interface MapRow {
  label: string;
  section: number;
  first: number;
  count: number;
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

export interface MapSection {
  name: string;
  first: number;
  count: number;
  labelX: number;
  labelY: number;
  /** Closed polygon x0, y0, x1, y1, ... in seat widths. */
  outline: Float32Array;
  /** Its rows, as indexes into `SeatMapLayout.rows`. */
  firstRow: number;
  rowCount: number;
  /** Bounding box of the outline. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export type MapShape = SeatLayoutJson['shapes'][number];

/**
 * The venue as the map reads it: the layout document turned once into typed arrays (20,000
 * seats are a few flat arrays, not 20,000 objects) plus the indexes every lookup needs: a
 * seat's row and section, and a seat id's index (live updates and the buyer's holds name seats
 * by id; everything else by index).
 */
export interface SeatMapLayout {
  eventId: string;
  revision: string;
  bounds: SeatLayoutJson['bounds'];
  shapes: readonly MapShape[];
  tierIds: readonly string[];
  sections: readonly MapSection[];
  rows: readonly MapRow[];
  count: number;
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  x: Float32Array;
  y: Float32Array;
  number: Uint16Array;
  tier: Uint8Array;
  kind: readonly SeatKind[];
  rowOf: Int32Array;
  sectionOf: Int32Array;
}

export function decodeLayout(json: SeatLayoutJson): SeatMapLayout {
  const count = json.seats.count;
  const ids = json.seats.ids.map(String);
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  const kind: SeatKind[] = new Array<SeatKind>(count);
  for (let index = 0; index < count; index++) kind[index] = kindOfCode(json.seats.kind[index] ?? 'S') ?? 'STANDARD';
  const rowOf = new Int32Array(count).fill(-1);
  const sectionOf = new Int32Array(count).fill(-1);
  const rows: MapRow[] = [];
  const sections: MapSection[] = json.sections.map((section, sectionIndex) => {
    const firstRow = rows.length;
    for (const row of section.rows) {
      const rowIndex = rows.length;
      rows.push({ label: row.label, section: sectionIndex, first: row.firstSeat, count: row.seatCount, startX: row.startX, startY: row.startY, endX: row.endX, endY: row.endY });
      rowOf.fill(rowIndex, row.firstSeat, row.firstSeat + row.seatCount);
    }
    sectionOf.fill(sectionIndex, section.firstSeat, section.firstSeat + section.seatCount);
    const outline = Float32Array.from(section.outline);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < outline.length; i += 2) {
      minX = Math.min(minX, outline[i]!);
      maxX = Math.max(maxX, outline[i]!);
      minY = Math.min(minY, outline[i + 1]!);
      maxY = Math.max(maxY, outline[i + 1]!);
    }
    return { name: section.name, first: section.firstSeat, count: section.seatCount, labelX: section.labelX, labelY: section.labelY, outline, firstRow, rowCount: section.rows.length, minX, minY, maxX, maxY };
  });
  return {
    eventId: json.eventId,
    revision: json.revision,
    bounds: json.bounds,
    shapes: json.shapes,
    tierIds: json.tierIds,
    sections,
    rows,
    count,
    ids,
    indexOf,
    x: Float32Array.from(json.seats.x),
    y: Float32Array.from(json.seats.y),
    number: Uint16Array.from(json.seats.number),
    tier: Uint8Array.from(json.seats.tier),
    kind,
    rowOf,
    sectionOf,
  };
}

/** "Section 101, row C, seat 12": what the seat is called, from its index. */
export function seatPlace(layout: SeatMapLayout, index: number): { section: string; row: string; number: number } {
  const row = layout.rows[layout.rowOf[index] ?? -1];
  return { section: layout.sections[row?.section ?? layout.sectionOf[index] ?? -1]?.name ?? '', row: row?.label ?? '', number: layout.number[index] ?? 0 };
}
