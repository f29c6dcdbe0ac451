import type { SeatMapLayout } from '../live/seat-map-layout.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The seat an arrow key moves to, as the buyer sees the map: left and right along the row,
 * up and down to the nearest seat of the row in front or behind. Rows curve and sections turn
 * around the floor, so "left" is judged on screen: of the row's neighbours (and, at a row's
 * end, the nearest seat of the next section), the one in the arrow's direction. PageUp and
 * PageDown (`nextSection`) jump between sections.
 */
export function neighbourSeat(layout: SeatMapLayout, from: number, direction: Direction): number {
  const rowIndex = layout.rowOf[from]!;
  const row = layout.rows[rowIndex];
  if (!row) return from;
  const [vx, vy] = VECTORS[direction];
  const x = layout.x[from]!;
  const y = layout.y[from]!;
  const score = (candidate: number) => {
    const dx = layout.x[candidate]! - x;
    const dy = layout.y[candidate]! - y;
    const along = dx * vx + dy * vy;
    if (along <= 0.2) return Infinity;
    const across = Math.abs(dx * vy - dy * vx);
    return along + across * 2.5;
  };
  const best = (candidates: Iterable<number>) => {
    let chosen = -1;
    let chosenScore = Infinity;
    for (const candidate of candidates) {
      const s = score(candidate);
      if (s < chosenScore) {
        chosen = candidate;
        chosenScore = s;
      }
    }
    return chosen;
  };
  const rowSeats = (index: number | undefined) => {
    const target = index === undefined ? undefined : layout.rows[index];
    if (!target || target.section !== row.section) return [];
    return Array.from({ length: target.count }, (_, k) => target.first + k);
  };

  if (direction === 'left' || direction === 'right') {
    const inRow = best([from - 1, from + 1].filter((candidate) => candidate >= row.first && candidate < row.first + row.count));
    if (inRow >= 0) return inRow;
    // The end of the row: the nearest seat that way in another section.
    const others = nearbySeats(layout, x, y, 12).filter((candidate) => layout.sectionOf[candidate] !== row.section);
    const across = best(others);
    return across >= 0 ? across : from;
  }
  const section = layout.sections[row.section]!;
  const neighbours = [...rowSeats(rowIndex - 1 >= section.firstRow ? rowIndex - 1 : undefined), ...rowSeats(rowIndex + 1 < section.firstRow + section.rowCount ? rowIndex + 1 : undefined)];
  const found = best(neighbours);
  return found >= 0 ? found : from;
}

function nearbySeats(layout: SeatMapLayout, x: number, y: number, radius: number): number[] {
  const found: number[] = [];
  for (const section of layout.sections) {
    if (x < section.minX - radius || x > section.maxX + radius || y < section.minY - radius || y > section.maxY + radius) continue;
    for (let index = section.first; index < section.first + section.count; index++) {
      if (Math.abs(layout.x[index]! - x) <= radius && Math.abs(layout.y[index]! - y) <= radius) found.push(index);
    }
  }
  return found;
}

/** The first seat of the next (or previous) section: PageDown and PageUp. */
export function nextSection(layout: SeatMapLayout, from: number, step: 1 | -1): number {
  const count = layout.sections.length;
  if (count === 0) return from;
  const current = layout.sectionOf[from]!;
  for (let k = 1; k <= count; k++) {
    const section = layout.sections[(((current + step * k) % count) + count) % count]!;
    if (section.count > 0) return section.first;
  }
  return from;
}
