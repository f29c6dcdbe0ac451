import type { GeneratedVenue, RowGeometry, SectionGeometry } from './generate-venue.ts';
import type { SeatKind } from './venue-spec.ts';
import { SEAT_KIND_CODES, type SeatLayoutJson, type SectionLayoutJson } from './wire-format.ts';

/** A seat as the layout needs it: its place, never its state. `tierId` is an entry of the layout's `tierIds`. */
export interface LayoutSeat {
  id: number;
  section: string;
  row: string;
  number: number;
  x: number;
  y: number;
  tierId: string;
  kind: SeatKind;
}

/** What the map is drawn with besides the seats: the generator's sections and shapes. */
export type VenueGeometry = Pick<GeneratedVenue, 'sections' | 'shapes'>;

const round = (value: number) => Math.round(value * 100) / 100;

/** Groups in order of first appearance (seats come by id, which is the order they were generated in). */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Smallest and largest of each list (a loop: spreading 100,000 numbers into Math.min overflows the stack). */
function extent(xs: readonly number[], ys: readonly number[]): SeatLayoutJson['bounds'] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const x of xs) [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
  for (const y of ys) [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
  return { minX, minY, maxX, maxY };
}

/** Row label positions of an event made before venues had geometry: one seat width past each end. */
function plainRow(label: string, seats: readonly LayoutSeat[]): RowGeometry {
  const first = seats[0]!;
  const last = seats.at(-1)!;
  return { label, startX: first.x - 1, startY: first.y, endX: last.x + 1, endY: last.y };
}

/** Section geometry of an event made before venues had geometry: its seats' bounding box. */
function plainSection(name: string, seats: readonly LayoutSeat[]): Omit<SectionGeometry, 'rows'> {
  const box = extent(seats.map((s) => s.x), seats.map((s) => s.y));
  const [x0, x1, y0, y1] = [box.minX - 0.5, box.maxX + 0.5, box.minY - 0.5, box.maxY + 0.5];
  return { name, angle: 0, arc: 0, offset: 0, curved: false, labelX: round((x0 + x1) / 2), labelY: round((y0 + y1) / 2), outline: [x0, y0, x1, y0, x1, y1, x0, y1] };
}

function boundsOf(layout: Omit<SeatLayoutJson, 'revision' | 'bounds'>): SeatLayoutJson['bounds'] {
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (x: number, y: number, margin: number) => {
    xs.push(x - margin, x + margin);
    ys.push(y - margin, y + margin);
  };
  for (let i = 0; i < layout.seats.count; i++) add(layout.seats.x[i]!, layout.seats.y[i]!, 0.5);
  for (const section of layout.sections) {
    for (let i = 0; i < section.outline.length; i += 2) add(section.outline[i]!, section.outline[i + 1]!, 0);
    for (const row of section.rows) {
      add(row.startX, row.startY, 1);
      add(row.endX, row.endY, 1);
    }
  }
  for (const shape of layout.shapes) {
    // A rotated shape stays within the circle through its corners.
    const radius = Math.hypot(shape.width, shape.depth) / 2;
    const [halfWidth, halfDepth] = shape.rotation ? [radius, radius] : [shape.width / 2, shape.depth / 2];
    xs.push(shape.x - halfWidth, shape.x + halfWidth);
    ys.push(shape.y - halfDepth, shape.y + halfDepth);
  }
  if (xs.length === 0) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  const box = extent(xs, ys);
  return { minX: round(box.minX), minY: round(box.minY), maxX: round(box.maxX), maxY: round(box.maxY) };
}

/**
 * The layout document (all of it but its revision) from an event's seats, in the order they were
 * generated (by id), and the geometry the generator made: seats reordered by section (in the
 * geometry's order), row (front first) and number, so that every section and row is a range of
 * indexes. Without geometry (events made before venues had it) sections are their seats'
 * bounding boxes. The API serves it; the organiser's preview draws the generator's output with it.
 */
export function seatLayoutOf(eventId: string, seatsById: readonly LayoutSeat[], geometry: VenueGeometry | null, tierIds: readonly string[]): Omit<SeatLayoutJson, 'revision'> {
  const bySection = groupBy(seatsById, (s) => s.section);
  const stored = new Map((geometry?.sections ?? []).map((s) => [s.name, s]));
  const names = [...(geometry?.sections ?? []).map((s) => s.name).filter((n) => bySection.has(n)), ...[...bySection.keys()].filter((n) => !stored.has(n))];
  const tierIndex = new Map(tierIds.map((id, i) => [id, i]));
  const ordered: LayoutSeat[] = [];
  const sections: SectionLayoutJson[] = [];
  for (const name of names) {
    const seats = bySection.get(name)!;
    const storedRows = new Map((stored.get(name)?.rows ?? []).map((r, i) => [r.label, { row: r, order: i }]));
    const byRow = [...groupBy(seats, (s) => s.row).entries()].sort(([a], [b]) => (storedRows.get(a)?.order ?? Infinity) - (storedRows.get(b)?.order ?? Infinity));
    const firstSeat = ordered.length;
    const rows: SectionLayoutJson['rows'] = [];
    for (const [label, rowSeats] of byRow) {
      rowSeats.sort((a, b) => a.number - b.number);
      const at = storedRows.get(label)?.row ?? plainRow(label, rowSeats);
      rows.push({ label, firstSeat: ordered.length, seatCount: rowSeats.length, startX: at.startX, startY: at.startY, endX: at.endX, endY: at.endY });
      ordered.push(...rowSeats);
    }
    const drawn = stored.get(name) ?? plainSection(name, seats);
    sections.push({
      name,
      angle: drawn.angle,
      arc: drawn.arc,
      offset: drawn.offset,
      curved: drawn.curved,
      labelX: drawn.labelX,
      labelY: drawn.labelY,
      outline: drawn.outline,
      firstSeat,
      seatCount: ordered.length - firstSeat,
      rows,
    });
  }
  const content = {
    eventId,
    shapes: geometry?.shapes ?? [],
    tierIds: [...tierIds],
    sections,
    seats: {
      count: ordered.length,
      ids: ordered.map((s) => s.id),
      x: ordered.map((s) => round(s.x)),
      y: ordered.map((s) => round(s.y)),
      number: ordered.map((s) => s.number),
      tier: ordered.map((s) => tierIndex.get(s.tierId) ?? -1),
      kind: ordered.map((s) => SEAT_KIND_CODES[s.kind]).join(''),
    },
  };
  return { ...content, bounds: boundsOf(content) };
}

/**
 * The organiser's preview: the generator's output as the very document a saved event gets, so
 * that the buyers' map draws it. Seat ids are their index + 1; `tierNames` (the event's tiers in
 * order) are the tier ids.
 */
export function previewSeatLayout(venue: GeneratedVenue, tierNames: readonly string[]): SeatLayoutJson {
  const seats = venue.seats.map((seat, i) => ({ ...seat, id: i + 1, tierId: seat.tier }));
  return { ...seatLayoutOf('preview', seats, venue, tierNames), revision: 'preview' };
}
