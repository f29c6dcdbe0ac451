import { describe, expect, it } from 'vitest';
import { seatPlace } from '../live/seat-map-layout.ts';
import { smallHall } from '../test-support/venues.ts';
import { filterMask, nearestSeatsApart, NO_FILTER, seatRanks } from './seat-filter.ts';

const layout = smallHall();
const prices = [9000, 4500];

describe('the buyer’s filter', () => {
  it('keeps nothing out without a filter, and seats up to a price or of a kind with one', () => {
    expect(filterMask(layout, NO_FILTER, prices)).toBeNull();
    const cheap = filterMask(layout, { ...NO_FILTER, maxPriceCents: 5000 }, prices)!;
    for (let i = 0; i < layout.count; i++) expect(cheap[i]).toBe(layout.tier[i] === 1 ? 1 : 0);
    const wheelchair = filterMask(layout, { ...NO_FILTER, kinds: ['WHEELCHAIR'] }, prices)!;
    const kept = [...wheelchair.keys()].filter((i) => wheelchair[i] === 1);
    expect(kept.map((i) => seatPlace(layout, i))).toEqual([{ section: 'Right', row: 'C', number: 1 }]);
  });
});

describe('the nearest seats apart', () => {
  it('starts from the best free seat of the tier and gathers the free seats nearest to the group', () => {
    const ranks = seatRanks(layout);
    // Only every other seat of the Stalls tier is free: no two are adjacent.
    const free = (i: number) => layout.tier[i] === 1 && i % 2 === 0;
    const seats = nearestSeatsApart(layout, free, 1, 4, ranks)!;
    expect(seats).toHaveLength(4);
    expect(seats.every(free)).toBe(true);
    const best = [...Array(layout.count).keys()].filter(free).sort((a, b) => ranks[a]! - ranks[b]!)[0]!;
    expect(seats).toContain(best);
    const spread = Math.max(...seats.map((a) => Math.max(...seats.map((b) => Math.hypot(layout.x[a]! - layout.x[b]!, layout.y[a]! - layout.y[b]!)))));
    expect(spread).toBeLessThan(6);
  });

  it('offers nothing when fewer seats than asked are free', () => {
    expect(nearestSeatsApart(layout, (i) => i === 3, layout.tier[3]!, 2, seatRanks(layout))).toBeNull();
  });
});
