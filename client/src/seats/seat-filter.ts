import type { SeatKind } from '@tessera/venue';
import type { SeatMapLayout } from '../live/seat-map-layout.ts';

/** What the buyer is looking for: a price ceiling and the kinds of place they need. */
export interface SeatFilter {
  /** Null: any price. */
  maxPriceCents: number | null;
  /** Empty: any kind. Otherwise only these (a wheelchair space, a companion seat). */
  kinds: readonly SeatKind[];
  /** Leave out restricted-view seats. */
  avoidRestrictedView: boolean;
}

export const NO_FILTER: SeatFilter = { maxPriceCents: null, kinds: [], avoidRestrictedView: false };

export const isFiltering = (filter: SeatFilter) => filter.maxPriceCents !== null || filter.kinds.length > 0 || filter.avoidRestrictedView;

/**
 * Which seats the filter keeps, one byte per seat (1 kept), or null when it keeps all. Built
 * once per filter change; the map and the finder read it per seat.
 */
export function filterMask(layout: SeatMapLayout, filter: SeatFilter, tierPriceCents: readonly number[]): Uint8Array | null {
  if (!isFiltering(filter)) return null;
  const mask = new Uint8Array(layout.count);
  const kinds = new Set(filter.kinds);
  for (let index = 0; index < layout.count; index++) {
    const kind = layout.kind[index]!;
    const price = tierPriceCents[layout.tier[index]!] ?? 0;
    const keep = (filter.maxPriceCents === null || price <= filter.maxPriceCents) && (kinds.size === 0 || kinds.has(kind)) && !(filter.avoidRestrictedView && kind === 'RESTRICTED_VIEW');
    mask[index] = keep ? 1 : 0;
  }
  return mask;
}

/**
 * How good a seat is, lower is better: its distance to the stage (an arena's or a hall's), or
 * to the front of the map when there is no stage. Orders the finder's list and picks seats apart.
 */
export function seatRanks(layout: SeatMapLayout): Float32Array {
  const stage = layout.shapes.find((shape) => shape.kind === 'STAGE');
  const focusX = stage ? stage.x : (layout.bounds.minX + layout.bounds.maxX) / 2;
  const focusY = stage ? stage.y : layout.bounds.minY;
  const ranks = new Float32Array(layout.count);
  for (let index = 0; index < layout.count; index++) ranks[index] = Math.hypot(layout.x[index]! - focusX, layout.y[index]! - focusY);
  return ranks;
}

/**
 * When no block of `quantity` adjacent seats is left in a tier: the best free seat of the tier
 * and the free seats nearest to the group as it grows, so the party sits as close together as
 * the hall allows. Null when fewer than `quantity` are free.
 */
export function nearestSeatsApart(
  layout: SeatMapLayout,
  isFree: (index: number) => boolean,
  tier: number,
  quantity: number,
  ranks: Float32Array,
  mask: Uint8Array | null = null,
): number[] | null {
  const candidates: number[] = [];
  for (let index = 0; index < layout.count; index++) {
    if (layout.tier[index] === tier && (!mask || mask[index] === 1) && isFree(index)) candidates.push(index);
  }
  if (candidates.length < quantity || quantity < 1) return null;
  let seed = candidates[0]!;
  for (const candidate of candidates) if (ranks[candidate]! < ranks[seed]!) seed = candidate;
  const chosen = [seed];
  const taken = new Set(chosen);
  let sumX = layout.x[seed]!;
  let sumY = layout.y[seed]!;
  while (chosen.length < quantity) {
    const cx = sumX / chosen.length;
    const cy = sumY / chosen.length;
    let best = -1;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
      if (taken.has(candidate)) continue;
      const distance = Math.hypot(layout.x[candidate]! - cx, layout.y[candidate]! - cy) + ranks[candidate]! * 0.01;
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    chosen.push(best);
    taken.add(best);
    sumX += layout.x[best]!;
    sumY += layout.y[best]!;
  }
  return chosen.sort((a, b) => a - b);
}
