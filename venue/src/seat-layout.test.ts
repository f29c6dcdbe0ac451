import { describe, expect, it } from 'vitest';
import { generateVenue } from './generate-venue.ts';
import { previewSeatLayout } from './seat-layout.ts';

describe('the preview of a venue as the layout document', () => {
  it('has every section and row as a range of seats, in the generator’s order, with tiers and kinds', () => {
    const venue = generateVenue({
      stage: { x: 0, y: -3, width: 10, depth: 4 },
      sections: [
        { name: 'Left', rows: 2, seatsPerRow: 3, rowLabels: 'LETTERS', placement: { angle: 20, offset: 8, arc: 30 }, seatKinds: [{ kind: 'WHEELCHAIR', row: 2, fromSeat: 1, toSeat: 1 }, { kind: 'COMPANION', row: 2, fromSeat: 2, toSeat: 2 }] },
        { name: 'Right', rows: 1, seatsPerRow: 4, placement: { angle: -20, offset: 8, arc: 30 } },
      ],
      reservedTiers: ['Front', 'Back'],
    });
    const layout = previewSeatLayout(venue, ['Front', 'Back']);
    expect(layout.sections.map((s) => [s.name, s.firstSeat, s.seatCount, s.rows.map((r) => [r.label, r.firstSeat, r.seatCount])])).toEqual([
      ['Left', 0, 6, [['A', 0, 3], ['B', 3, 3]]],
      ['Right', 6, 4, [['1', 6, 4]]],
    ]);
    expect(layout.seats.ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(layout.seats.tier).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0, 0]);
    expect(layout.seats.kind).toBe('SSSWCSSSSS');
    expect(layout.shapes).toHaveLength(1);
    expect(layout.bounds.minY).toBeLessThanOrEqual(-5);
  });
});
