import { ROW_PITCH, seatsInRow, type SectionSpec, type SeatKindRange, type ShapeSpec } from '@tessera/venue';

/** Seats in a curved row of radius `radius` spanning `arc` degrees, about one seat width apart. */
const seatsAlong = (radius: number, arc: number) => Math.floor((radius * arc * Math.PI) / 180 / 1.05);
/** Seats to add per row so that a wedge of curved rows keeps its seats' spacing as the rows grow. */
const keepSpacing = (seats: number, radius: number) => (seats * ROW_PITCH) / radius;
/** The aisle between two sections of the arena's rings at their front row, in seat widths. */
const RING_AISLE = 1.8;

/** A wheelchair place at each end of the row with its companion seat beside it, toward the middle. */
function accessibleEnds(row: number, seats: number): SeatKindRange[] {
  return [
    { kind: 'WHEELCHAIR', row, fromSeat: 1, toSeat: 1 },
    { kind: 'COMPANION', row, fromSeat: 2, toSeat: 2 },
    { kind: 'COMPANION', row, fromSeat: seats - 1, toSeat: seats - 1 },
    { kind: 'WHEELCHAIR', row, fromSeat: seats, toSeat: seats },
  ];
}

export interface DemoVenue {
  sections: SectionSpec[];
  stage: ShapeSpec;
  floor?: ShapeSpec;
}

/**
 * The concert hall (1,200 seats): a stage at the top; stalls in three curved blocks around a point
 * behind the stage front, rows lettered, VIP and Front Row at the front; a balcony behind, its
 * ends with a restricted view; wheelchair places with companion seats at the back of the stalls.
 */
export function demoHall(): DemoVenue {
  const rows = 18;
  const offset = 26;
  const block = (name: string, angle: number, arc: number, seatsPerRow: number, front: string, withWheelchairs: boolean): SectionSpec => {
    const spec = { seatsPerRow, seatsAddedPerRow: keepSpacing(seatsPerRow, offset) };
    return {
      name,
      rows,
      ...spec,
      rowLabels: 'LETTERS',
      placement: { angle, offset, arc },
      tiers: [
        { fromRow: 1, toRow: 4, tier: front },
        { fromRow: 5, toRow: rows, tier: 'Stalls' },
      ],
      seatKinds: withWheelchairs ? accessibleEnds(rows, seatsInRow(spec, rows)) : [],
    };
  };
  const balconyOffset = offset + rows * ROW_PITCH + 4;
  const balconySeats = seatsAlong(balconyOffset, 84);
  // Rounded up to a quarter of a seat per row: the hall then has 1,200 seats, as it always had.
  const balcony = { seatsPerRow: balconySeats, seatsAddedPerRow: Math.ceil(keepSpacing(balconySeats, balconyOffset) * 4) / 4 };
  const balconyRows = 4;
  return {
    stage: { x: 0, y: 12, width: 30, depth: 10 },
    sections: [
      block('Stalls Left', 32, 22, 10, 'Front Row', true),
      block('Stalls Centre', 0, 36, 16, 'VIP', true),
      block('Stalls Right', -32, 22, 10, 'Front Row', true),
      {
        name: 'Balcony',
        rows: balconyRows,
        ...balcony,
        rowLabels: 'LETTERS',
        placement: { angle: 0, offset: balconyOffset, arc: 84 },
        tiers: [{ fromRow: 1, toRow: balconyRows, tier: 'Balcony' }],
        seatKinds: Array.from({ length: balconyRows }, (_, i) => {
          const seats = seatsInRow(balcony, i + 1);
          return [
            { kind: 'RESTRICTED_VIEW' as const, row: i + 1, fromSeat: 1, toSeat: 3 },
            { kind: 'RESTRICTED_VIEW' as const, row: i + 1, fromSeat: seats - 2, toSeat: seats },
          ];
        }).flat(),
      },
    ],
  };
}

/**
 * The arena (exactly 20,000 seats): a rounded floor with the stage at its north end and three
 * blocks of floor seats facing it; a lower ring of 12 curved sections and an upper ring of 16
 * in a horseshoe around the floor (none behind the stage); wheelchair places with companion
 * seats at the back of the lower ring; the upper sections beside the stage see it from the side.
 */
export function demoArena(): DemoVenue {
  const sections: SectionSpec[] = [];
  for (const [letter, shift, seatsPerRow] of [['A', -20, 13], ['B', 0, 20], ['C', 20, 13]] as const) {
    sections.push({ name: `Floor ${letter}`, rows: 36, seatsPerRow, rowLabels: 'LETTERS', placement: { angle: 0, offset: -25, shift }, tiers: [{ fromRow: 1, toRow: 36, tier: 'Floor' }] });
  }
  // Each ring section spans its share of the horseshoe less an aisle (a stairway up from the
  // floor): the aisle keeps neighbouring sections apart and gives their row labels a place.
  const ring = (rows: number, offset: number, count: number) => {
    const share = 270 / count;
    const arc = share - (RING_AISLE / offset) * (180 / Math.PI);
    const seatsPerRow = seatsAlong(offset, arc);
    return { rows, offset, share, arc, count, seatsPerRow, seatsAddedPerRow: keepSpacing(seatsPerRow, offset) };
  };
  const lower = ring(30, 43, 12);
  for (let i = 0; i < lower.count; i++) {
    sections.push({
      name: String(101 + i),
      rows: lower.rows,
      seatsPerRow: lower.seatsPerRow,
      seatsAddedPerRow: lower.seatsAddedPerRow,
      placement: { angle: -135 + lower.share * (i + 0.5), offset: lower.offset, arc: lower.arc },
      tiers: [{ fromRow: 1, toRow: lower.rows, tier: 'Lower Tier' }],
      seatKinds: accessibleEnds(lower.rows, seatsInRow(lower, lower.rows)),
    });
  }
  const upper = ring(28, lower.offset + lower.rows * ROW_PITCH + 3, 16);
  for (let i = 0; i < upper.count; i++) {
    // Seat 1 is on the seated buyer's left: in the first section (east of the stage) the stage is
    // past the last seats, in the last (west of it) past the first.
    const besideStage = i === 0 ? 'last' : i === upper.count - 1 ? 'first' : null;
    sections.push({
      name: String(201 + i),
      rows: upper.rows,
      seatsPerRow: upper.seatsPerRow,
      seatsAddedPerRow: upper.seatsAddedPerRow,
      placement: { angle: -135 + upper.share * (i + 0.5), offset: upper.offset, arc: upper.arc },
      tiers: [{ fromRow: 1, toRow: upper.rows, tier: 'Upper Tier' }],
      seatKinds: besideStage
        ? Array.from({ length: upper.rows }, (_, r) => {
            const seats = seatsInRow(upper, r + 1);
            const [fromSeat, toSeat] = besideStage === 'first' ? [1, 4] : [seats - 3, seats];
            return { kind: 'RESTRICTED_VIEW' as const, row: r + 1, fromSeat, toSeat };
          })
        : [],
    });
  }
  return {
    floor: { x: 0, y: 0, width: 64, depth: 80, cornerRadius: 26 },
    stage: { x: 0, y: -34, width: 36, depth: 10 },
    sections,
  };
}
