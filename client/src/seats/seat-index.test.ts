import { describe, expect, it } from 'vitest';
import { smallHall } from '../test-support/venues.ts';
import { buildSeatIndex } from './seat-index.ts';

describe('finding the seat under a point', () => {
  const layout = smallHall();
  const index = buildSeatIndex(layout);

  it('finds every seat at its own centre and near it, and nothing between sections', () => {
    for (let seat = 0; seat < layout.count; seat++) {
      expect(index.seatAt(layout.x[seat]!, layout.y[seat]!)).toBe(seat);
      expect(index.seatAt(layout.x[seat]! + 0.3, layout.y[seat]! - 0.2)).toBe(seat);
    }
    expect(index.seatAt(0, -20)).toBe(-1);
  });

  it('finds the section whose outline holds a point', () => {
    const right = layout.sections.findIndex((section) => section.name === 'Right');
    const seat = layout.sections[right]!.first + 3;
    expect(index.sectionAt(layout.x[seat]!, layout.y[seat]!)).toBe(right);
    expect(index.sectionAt(0, -30)).toBe(-1);
  });
});
