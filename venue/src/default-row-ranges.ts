import type { RowRange } from './venue-spec.ts';

/**
 * The tiers of a section nobody assigned: its rows split into consecutive ranges, one per reserved
 * tier in the order the event lists them (the first, usually the dearest, at the front). Ranges are
 * as even as possible; the back ones take the rows left over.
 */
export function defaultRowRanges(rows: number, reservedTiers: readonly string[]): RowRange[] {
  const count = Math.min(reservedTiers.length, rows);
  if (count === 0) return [];
  const base = Math.floor(rows / count);
  const longer = rows % count;
  const ranges: RowRange[] = [];
  let fromRow = 1;
  for (let i = 0; i < count; i++) {
    const size = base + (i >= count - longer ? 1 : 0);
    ranges.push({ fromRow, toRow: fromRow + size - 1, tier: reservedTiers[i]! });
    fromRow += size;
  }
  return ranges;
}
