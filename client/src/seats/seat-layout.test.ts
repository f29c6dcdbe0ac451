import { describe, expect, it } from 'vitest';
import { buildSeatLayout, neighbourSeat, seatAt } from './seat-layout.ts';

// Two sections of 3 seats per row, 2 rows, an aisle of 2 between them (as the API lays them out).
const seats = [0, 1, 2, 5, 6, 7].flatMap((x) => [0, 1].map((y) => ({ x, y })));

describe('seat layout', () => {
  const layout = buildSeatLayout(seats);
  const indexOf = (x: number, y: number) => seats.findIndex((seat) => seat.x === x && seat.y === y);

  it('finds the seat under a point and nothing in the aisle', () => {
    expect(seatAt(layout, 5.5, 1.2)).toBe(indexOf(5, 1));
    expect(seatAt(layout, 3.5, 0.5)).toBe(-1);
    expect(seatAt(layout, -1, 0)).toBe(-1);
  });

  it('arrows move along the row across the aisle, and up and down to the nearest seat', () => {
    expect(neighbourSeat(layout, seats, indexOf(2, 0), 'right')).toBe(indexOf(5, 0));
    expect(neighbourSeat(layout, seats, indexOf(0, 0), 'left')).toBe(indexOf(0, 0));
    expect(neighbourSeat(layout, seats, indexOf(6, 0), 'down')).toBe(indexOf(6, 1));
    expect(neighbourSeat(layout, seats, indexOf(6, 1), 'down')).toBe(indexOf(6, 1));
  });

  it('lays out 20,000 seats quickly enough to stay out of the way', () => {
    const arena = Array.from({ length: 20_000 }, (_, index) => ({ x: index % 400, y: Math.floor(index / 400) }));
    const started = performance.now();
    buildSeatLayout(arena);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
