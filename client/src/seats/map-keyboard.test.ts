import { describe, expect, it } from 'vitest';
import { seatPlace } from '../live/seat-map-layout.ts';
import { smallHall } from '../test-support/venues.ts';
import { neighbourSeat, nextSection } from './map-keyboard.ts';

const layout = smallHall();
const find = (section: string, row: string, number: number) =>
  Array.from({ length: layout.count }, (_, i) => i).find((i) => {
    const place = seatPlace(layout, i);
    return place.section === section && place.row === row && place.number === number;
  })!;
const name = (index: number) => {
  const place = seatPlace(layout, index);
  return `${place.section}-${place.row}-${place.number}`;
};

describe('moving through a curved hall with the arrow keys', () => {
  it('moves along the row as drawn, and from a row’s end into the next block', () => {
    const start = find('Left', 'A', 3);
    const right = neighbourSeat(layout, start, 'right');
    const left = neighbourSeat(layout, start, 'left');
    expect(new Set([name(right), name(left)])).toEqual(new Set(['Left-A-2', 'Left-A-4']));
    expect(layout.x[right]!).toBeGreaterThan(layout.x[start]!);
    // Walk right until the row ends: the next step lands in the other block.
    let at = start;
    for (let steps = 0; steps < 10 && seatPlace(layout, at).section === 'Left'; steps++) at = neighbourSeat(layout, at, 'right');
    expect(seatPlace(layout, at).section).toBe('Right');
  });

  it('moves to the row behind and back, and PageDown to the next section', () => {
    const start = find('Right', 'B', 3);
    const down = neighbourSeat(layout, start, 'down');
    expect(seatPlace(layout, down).row).toBe('C');
    expect(neighbourSeat(layout, down, 'up')).toBe(start);
    expect(seatPlace(layout, nextSection(layout, start, 1)).section).toBe('Left');
  });
});
