import { describe, expect, it } from 'vitest';
import { describeRowProblem, generateSeatMap } from './seat-map.ts';

describe('seat-map generator', () => {
  it('lays out sections side by side with a tier per row range', () => {
    const { seats, problems } = generateSeatMap([
      { name: 'A', rows: 2, seatsPerRow: 3, tiers: [{ fromRow: 1, toRow: 1, tier: 'VIP' }, { fromRow: 2, toRow: 2, tier: 'Stalls' }] },
      { name: 'B', rows: 1, seatsPerRow: 2, tiers: [{ fromRow: 1, toRow: 1, tier: 'VIP' }] },
    ]);
    expect(problems).toEqual([]);
    expect(seats).toHaveLength(8);
    expect(seats[0]).toEqual({ section: 'A', row: '1', number: 1, x: 0, y: 0, tier: 'VIP' });
    expect(seats.find((s) => s.section === 'A' && s.row === '2')?.tier).toBe('Stalls');
    expect(seats.find((s) => s.section === 'B')?.x).toBe(5);
  });

  it('reports rows covered by no tier or by two', () => {
    const { problems } = generateSeatMap([
      { name: 'A', rows: 3, seatsPerRow: 1, tiers: [{ fromRow: 1, toRow: 2, tier: 'X' }, { fromRow: 2, toRow: 2, tier: 'Y' }] },
    ]);
    expect(problems.map(describeRowProblem)).toEqual([
      'section A row 2 is in 2 tier ranges, it must be in exactly one',
      'section A row 3 is in 0 tier ranges, it must be in exactly one',
    ]);
  });
});
