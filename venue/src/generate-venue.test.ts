import { describe, expect, it } from 'vitest';
import { defaultRowRanges } from './default-row-ranges.ts';
import { generateVenue, type GeneratedSeat } from './generate-venue.ts';
import { rowLabel } from './row-labels.ts';
import { ROW_PITCH } from './section-frame.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const rowOf = (seats: GeneratedSeat[], row: string) => seats.filter((s) => s.row === row).sort((a, b) => a.number - b.number);

/** Ray casting: whether (x, y) is inside the closed polygon x0, y0, x1, y1, ... */
function inside(outline: number[], x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = outline.length - 2; i < outline.length; j = i, i += 2) {
    const [xi, yi, xj, yj] = [outline[i]!, outline[i + 1]!, outline[j]!, outline[j + 1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

describe('the plain layout (sections without a placement)', () => {
  it('lays out sections side by side with a tier per row range, as before venues had geometry', () => {
    const { seats, problems } = generateVenue({
      sections: [
        { name: 'A', rows: 2, seatsPerRow: 3, tiers: [{ fromRow: 1, toRow: 1, tier: 'VIP' }, { fromRow: 2, toRow: 2, tier: 'Stalls' }] },
        { name: 'B', rows: 1, seatsPerRow: 2, tiers: [{ fromRow: 1, toRow: 1, tier: 'VIP' }] },
      ],
    });
    expect(problems).toEqual([]);
    expect(seats).toHaveLength(8);
    expect(seats[0]).toEqual({ section: 'A', row: '1', number: 1, x: 0, y: 0, tier: 'VIP', kind: 'STANDARD' });
    expect(seats.find((s) => s.section === 'A' && s.row === '2')?.tier).toBe('Stalls');
    expect(seats.find((s) => s.section === 'B')?.x).toBe(5);
  });

  it('reports rows covered by no tier or by two', () => {
    const { problems } = generateVenue({
      sections: [{ name: 'A', rows: 3, seatsPerRow: 1, tiers: [{ fromRow: 1, toRow: 2, tier: 'X' }, { fromRow: 2, toRow: 2, tier: 'Y' }] }],
    });
    expect(problems).toEqual([
      { kind: 'TIER_RANGES', section: 'A', row: 2, tierRanges: 2 },
      { kind: 'TIER_RANGES', section: 'A', row: 3, tierRanges: 0 },
    ]);
  });
});

describe('tiers by row range when the organiser gave none', () => {
  it('splits the rows evenly in the order of the tiers, the front rows to the first', () => {
    expect(defaultRowRanges(20, ['VIP', 'Front Row', 'Stalls'])).toEqual([
      { fromRow: 1, toRow: 6, tier: 'VIP' },
      { fromRow: 7, toRow: 13, tier: 'Front Row' },
      { fromRow: 14, toRow: 20, tier: 'Stalls' },
    ]);
    expect(defaultRowRanges(2, ['A', 'B', 'C'])).toEqual([
      { fromRow: 1, toRow: 1, tier: 'A' },
      { fromRow: 2, toRow: 2, tier: 'B' },
    ]);
    expect(defaultRowRanges(5, [])).toEqual([]);
  });

  it('is what a section without tiers gets', () => {
    const { seats, problems } = generateVenue({ sections: [{ name: 'A', rows: 4, seatsPerRow: 2 }], reservedTiers: ['Front', 'Back'] });
    expect(problems).toEqual([]);
    expect(seats.map((s) => s.tier)).toEqual(['Front', 'Front', 'Front', 'Front', 'Back', 'Back', 'Back', 'Back']);
  });
});

describe('row labels', () => {
  it('counts in numbers, or in letters without I and O, then AA', () => {
    expect([1, 2, 9].map((r) => rowLabel(r, 'NUMBERS'))).toEqual(['1', '2', '9']);
    expect([1, 8, 9, 13, 24, 25, 26].map((r) => rowLabel(r, 'LETTERS'))).toEqual(['A', 'H', 'J', 'N', 'Z', 'AA', 'AB']);
  });
});

describe('sections placed around the centre', () => {
  const tiers = [{ fromRow: 1, toRow: 10, tier: 'T' }];

  it('curves rows into arcs around the centre, row 1 nearest, seat 1 on the seated buyer’s left', () => {
    const { seats, sections, problems } = generateVenue({
      sections: [{ name: '101', rows: 10, seatsPerRow: 20, seatsAddedPerRow: 1, tiers, rowLabels: 'LETTERS', placement: { angle: 0, offset: 30, arc: 40 } }],
    });
    expect(problems).toEqual([]);
    for (const [i, label] of ['A', 'B', 'J'].entries()) {
      const row = rowOf(seats, label);
      const radius = 30 + (label === 'J' ? 8 : i) * ROW_PITCH;
      for (const seat of row) expect(distance(seat, { x: 0, y: 0 })).toBeCloseTo(radius, 1);
    }
    const front = rowOf(seats, 'A');
    expect(front).toHaveLength(20);
    expect(rowOf(seats, 'B')).toHaveLength(21);
    // Below the centre, facing up at it: the buyer's left is the screen's left.
    expect(front[0]!.x).toBeLessThan(0);
    expect(front.at(-1)!.x).toBeGreaterThan(0);
    expect(front[0]!.y).toBeGreaterThan(0);
    const section = sections[0]!;
    expect(section).toMatchObject({ name: '101', angle: 0, arc: 40, offset: 30, curved: true });
    expect(section.rows.map((r) => r.label).slice(0, 3)).toEqual(['A', 'B', 'C']);
    for (const seat of seats) expect(inside(section.outline, seat.x, seat.y)).toBe(true);
    expect(inside(section.outline, 0, 0)).toBe(false);
    expect(inside(section.outline, section.labelX, section.labelY)).toBe(true);
  });

  it('places straight rows across the bearing: a section at 90 degrees sits left of the centre, facing it', () => {
    const { seats, sections } = generateVenue({
      sections: [{ name: 'W', rows: 3, seatsPerRow: 5, tiers, placement: { angle: 90, offset: 10, shift: 2 } }],
    });
    const front = rowOf(seats, '1');
    for (const seat of front) expect(seat.x).toBeCloseTo(-10, 5);
    expect(rowOf(seats, '3')[0]!.x).toBeCloseTo(-10 - 2 * ROW_PITCH, 5);
    // Facing +x, the buyer's left is up the screen: seat 1 has the smallest y; shifted 2 to their right (down).
    expect(front.map((s) => s.y)).toEqual([0, 1, 2, 3, 4]);
    for (const seat of seats) expect(inside(sections[0]!.outline, seat.x, seat.y)).toBe(true);
  });

  it('reports curved rows whose seats would overlap', () => {
    const { problems } = generateVenue({ sections: [{ name: 'Tight', rows: 1, seatsPerRow: 30, tiers, placement: { angle: 0, offset: 10, arc: 60 } }] });
    expect(problems).toEqual([{ kind: 'SEATS_OVERLAP', section: 'Tight', row: 1, spacing: 0.35 }]);
  });

  it('leaves an aisle after the given seats, at the same share of wider rows', () => {
    const { seats, problems } = generateVenue({
      sections: [{ name: 'S', rows: 2, seatsPerRow: 10, seatsAddedPerRow: 10, aisles: [5], tiers, placement: { angle: 0, offset: 10 } }],
    });
    expect(problems).toEqual([]);
    const gaps = (row: GeneratedSeat[]) => row.slice(1).map((seat, i) => Math.round(distance(seat, row[i]!)));
    expect(gaps(rowOf(seats, '1'))).toEqual([1, 1, 1, 1, 2, 1, 1, 1, 1]);
    expect(gaps(rowOf(seats, '2')).indexOf(2)).toBe(9); // after seat 10 of 20
    expect(generateVenue({ sections: [{ name: 'S', rows: 1, seatsPerRow: 4, aisles: [4], tiers }] }).problems).toEqual([{ kind: 'AISLE_OUTSIDE', section: 'S', seat: 4 }]);
  });

  it('draws the stage and the floor it is given', () => {
    const { shapes } = generateVenue({ sections: [], stage: { x: 0, y: -10, width: 30, depth: 8 }, floor: { label: 'Pitch', x: 0, y: 0, width: 50, depth: 80, cornerRadius: 6 } });
    expect(shapes).toEqual([
      { kind: 'FLOOR', label: 'Pitch', x: 0, y: 0, width: 50, depth: 80, rotation: 0, cornerRadius: 6 },
      { kind: 'STAGE', label: 'Stage', x: 0, y: -10, width: 30, depth: 8, rotation: 0, cornerRadius: 0 },
    ]);
  });
});

describe('seat kinds', () => {
  const tiers = [{ fromRow: 1, toRow: 2, tier: 'T' }];

  it('marks wheelchair places, companion seats and restricted views; every other seat is standard', () => {
    const { seats, problems } = generateVenue({
      sections: [
        {
          name: 'A',
          rows: 2,
          seatsPerRow: 6,
          tiers,
          seatKinds: [
            { kind: 'WHEELCHAIR', row: 2, fromSeat: 1, toSeat: 1 },
            { kind: 'COMPANION', row: 2, fromSeat: 2, toSeat: 2 },
            { kind: 'RESTRICTED_VIEW', row: 1, fromSeat: 5, toSeat: 6 },
          ],
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(rowOf(seats, '1').map((s) => s.kind)).toEqual(['STANDARD', 'STANDARD', 'STANDARD', 'STANDARD', 'RESTRICTED_VIEW', 'RESTRICTED_VIEW']);
    expect(rowOf(seats, '2').map((s) => s.kind).slice(0, 3)).toEqual(['WHEELCHAIR', 'COMPANION', 'STANDARD']);
  });

  it('refuses a wheelchair place with no companion seat beside it, ranges outside the row, and a seat of two kinds', () => {
    const { problems } = generateVenue({
      sections: [
        {
          name: 'A',
          rows: 2,
          seatsPerRow: 6,
          tiers,
          seatKinds: [
            { kind: 'WHEELCHAIR', row: 1, fromSeat: 1, toSeat: 2 },
            { kind: 'COMPANION', row: 1, fromSeat: 3, toSeat: 3 },
            { kind: 'RESTRICTED_VIEW', row: 3, fromSeat: 1, toSeat: 1 },
            { kind: 'RESTRICTED_VIEW', row: 2, fromSeat: 5, toSeat: 7 },
            { kind: 'COMPANION', row: 1, fromSeat: 3, toSeat: 3 },
          ],
        },
      ],
    });
    expect(problems).toEqual([
      { kind: 'SEAT_KIND_OUTSIDE', section: 'A', row: 3, fromSeat: 1, toSeat: 1 },
      { kind: 'SEAT_KIND_OUTSIDE', section: 'A', row: 2, fromSeat: 5, toSeat: 7 },
      { kind: 'SEAT_KIND_TWICE', section: 'A', row: 1, seat: 3 },
      { kind: 'WHEELCHAIR_WITHOUT_COMPANION', section: 'A', row: 1, seat: 1 },
    ]);
  });
});
