import { describe, expect, it } from 'vitest';
import { emptyDraft, previewSeatMap, toCreateEventInput } from './event-draft.ts';

describe('the seat-map generator preview', () => {
  it('lays sections out left to right with an aisle, row 1 at the front', () => {
    const { seats, problems } = previewSeatMap([
      { name: 'A', rows: 2, seatsPerRow: 3, ranges: [{ fromRow: 1, toRow: 2, tier: 'Front' }] },
      { name: 'B', rows: 1, seatsPerRow: 2, ranges: [{ fromRow: 1, toRow: 1, tier: 'Back' }] },
    ]);
    expect(problems).toEqual([]);
    expect(seats).toHaveLength(8);
    expect(seats.find((seat) => seat.section === 'B' && seat.number === 1)).toMatchObject({ x: 5, y: 0, tier: 'Back' });
  });

  it('names every row that is in no tier range or in two', () => {
    const { problems } = previewSeatMap([{ name: 'A', rows: 3, seatsPerRow: 2, ranges: [{ fromRow: 1, toRow: 2, tier: 'X' }, { fromRow: 2, toRow: 2, tier: 'Y' }] }]);
    expect(problems).toEqual([
      'Section A row 2 is in 2 tier ranges; it must be in exactly one.',
      'Section A row 3 is in 0 tier ranges; it must be in exactly one.',
    ]);
  });

  it('turns the form into the mutation input, prices in cents', () => {
    const { input, problems } = toCreateEventInput({ ...emptyDraft(new Date('2026-11-23T12:00:00Z')), name: 'Gala', venue: 'Hall' });
    expect(problems).toEqual([]);
    expect(input?.tiers.map((tier) => tier.priceCents)).toEqual([6000, 3500]);
    expect(input?.sections?.[0]?.tiers).toHaveLength(2);
  });

  it('lists every problem at once', () => {
    const { input, problems } = toCreateEventInput({ ...emptyDraft(), tiers: [{ name: 'GA', kind: 'GENERAL_ADMISSION', price: 'x', capacity: '' }] });
    expect(input).toBeNull();
    expect(problems).toContain('The event needs a name.');
    expect(problems).toContain('GA: the price must be a number, 0 or more.');
    expect(problems).toContain('GA: general admission needs a capacity.');
  });
});
