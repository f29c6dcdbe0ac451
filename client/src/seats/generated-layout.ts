import { SEAT_KIND_CODES, type GeneratedVenue, type SeatLayoutJson } from '@tessera/venue';

/**
 * The generator's output in the shape the API serves (`GET /seat-maps/{id}/layout`), so the
 * organiser's preview is drawn by the buyers' map from the very document a saved event gets.
 * Seats come ordered by section, row, number; each section and row is a contiguous range.
 * `tierNames` orders the tiers (seat `tier` indexes it); seat ids are their index + 1.
 */
export function layoutOfGeneratedVenue(venue: GeneratedVenue, tierNames: readonly string[], eventId = 'preview'): SeatLayoutJson {
  const tierIndex = new Map(tierNames.map((name, index) => [name, index]));
  const seats = venue.seats;
  let cursor = 0;
  const sections = venue.sections.map((section) => {
    const firstSeat = cursor;
    const rows = section.rows.map((row) => {
      const first = cursor;
      while (cursor < seats.length && seats[cursor]!.section === section.name && seats[cursor]!.row === row.label) cursor += 1;
      return { ...row, firstSeat: first, seatCount: cursor - first };
    });
    return { ...section, firstSeat, seatCount: cursor - firstSeat, rows };
  });
  const xs = [...seats.map((seat) => seat.x), ...venue.sections.flatMap((s) => s.outline.filter((_, i) => i % 2 === 0)), ...venue.shapes.flatMap((s) => [s.x - s.width / 2, s.x + s.width / 2])];
  const ys = [...seats.map((seat) => seat.y), ...venue.sections.flatMap((s) => s.outline.filter((_, i) => i % 2 === 1)), ...venue.shapes.flatMap((s) => [s.y - s.depth / 2, s.y + s.depth / 2])];
  return {
    eventId,
    revision: 'preview',
    bounds: xs.length ? { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) } : { minX: 0, minY: 0, maxX: 1, maxY: 1 },
    shapes: venue.shapes,
    tierIds: [...tierNames],
    sections,
    seats: {
      count: seats.length,
      ids: seats.map((_, index) => index + 1),
      x: seats.map((seat) => seat.x),
      y: seats.map((seat) => seat.y),
      number: seats.map((seat) => seat.number),
      tier: seats.map((seat) => tierIndex.get(seat.tier) ?? 0),
      kind: seats.map((seat) => SEAT_KIND_CODES[seat.kind]).join(''),
    },
  };
}
