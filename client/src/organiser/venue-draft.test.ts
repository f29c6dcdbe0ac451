import { describe, expect, it } from 'vitest';
import { newSection, previewVenue, rangesOf, VENUE_TEMPLATES } from './venue-draft.ts';

describe('the organiser’s venue', () => {
  it('gives a new section tiers by row range, front rows to the first tier, until the organiser sets their own', () => {
    const section = newSection('A', { rows: 9 });
    expect(rangesOf(section, ['Front', 'Middle', 'Back'])).toEqual([
      { fromRow: 1, toRow: 3, tier: 'Front' },
      { fromRow: 4, toRow: 6, tier: 'Middle' },
      { fromRow: 7, toRow: 9, tier: 'Back' },
    ]);
    expect(rangesOf({ ...section, ranges: [{ fromRow: 1, toRow: 9, tier: 'Back' }] }, ['Front', 'Back'])).toHaveLength(1);
  });

  it('every template builds without a problem, with its sections placed around the stage', () => {
    for (const template of Object.values(VENUE_TEMPLATES)) {
      const { generated, problems } = previewVenue(template.venue(), ['Front', 'Back']);
      expect(problems).toEqual([]);
      expect(generated.seats.length).toBeGreaterThan(100);
    }
    const hall = previewVenue(VENUE_TEMPLATES.hall.venue(), ['Front', 'Back']).generated;
    expect(hall.shapes.map((shape) => shape.kind)).toEqual(['STAGE']);
    const stage = hall.shapes[0]!;
    const onStage = hall.seats.filter((seat) => Math.abs(seat.x - stage.x) < stage.width / 2 + 1 && Math.abs(seat.y - stage.y) < stage.depth / 2 + 1);
    expect(onStage).toEqual([]);
    expect(hall.seats.every((seat) => seat.y > stage.y)).toBe(true);
  });

  it('words the generator’s problems for the organiser', () => {
    const venue = { stage: null, floor: null, sections: [newSection('Box', { rows: 2, seatsPerRow: 4, kinds: [{ kind: 'WHEELCHAIR' as const, row: 2, fromSeat: 1, toSeat: 1 }], aisles: '9' })] };
    expect(previewVenue(venue, ['Front']).problems).toEqual([
      'Section Box: an aisle after seat 9 is not inside the front row.',
      'Section Box row 2 seat 1: a wheelchair space needs a companion seat next to it.',
    ]);
  });
});
