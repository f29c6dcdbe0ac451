import { describe, expect, it } from 'vitest';
import { pickBestAvailable, type PlacedSeat } from './best-available.ts';

/** One row per string: `.` free, `x` taken. Row 1 is the front. */
function hall(...rows: string[]): PlacedSeat[] {
  let id = 1;
  return rows.flatMap((pattern, r) =>
    [...pattern].map((c, i) => ({ id: id++, section: 'A', row: String(r + 1), number: i + 1, x: i, y: r, available: c === '.' })),
  );
}
const numbers = (seats: PlacedSeat[] | null) => seats?.map((s) => `${s.row}-${s.number}`);

describe('best available', () => {
  it('takes the front row, centred', () => {
    expect(numbers(pickBestAvailable(hall('.........', '.........'), 3))).toEqual(['1-4', '1-5', '1-6']);
  });

  it('moves back a row when the front has no block that large', () => {
    expect(numbers(pickBestAvailable(hall('..x..x..x', '.........'), 3))).toEqual(['2-4', '2-5', '2-6']);
  });

  it('never leaves a single seat stranded when another choice exists', () => {
    // Front row: free seats 2-5 between taken ones. Taking 2-4 or 3-5 would strand one seat; 2 seats at 2-3 or 4-5 do not.
    const row = hall('x....xxxx');
    const pick = numbers(pickBestAvailable(row, 2));
    expect(pick).toEqual(['1-4', '1-5']);
  });

  it('prefers a stranding-free block further back over a stranding one in front', () => {
    expect(numbers(pickBestAvailable(hall('x...xxxxx', 'xxx..xxxx'), 2))).toEqual(['2-4', '2-5']);
  });

  it('strands a seat only when nothing else is possible', () => {
    expect(numbers(pickBestAvailable(hall('x...x'), 2))).toHaveLength(2);
  });

  it('seats must be adjacent: a gap in numbering breaks a block', () => {
    const seats = hall('....').filter((s) => s.number !== 3);
    expect(numbers(pickBestAvailable(seats, 3))).toBeUndefined();
  });

  it('returns null when no row has enough adjacent seats', () => {
    expect(pickBestAvailable(hall('.x.x.', 'x.x.x'), 2)).toBeNull();
    expect(pickBestAvailable([], 1)).toBeNull();
  });
});
