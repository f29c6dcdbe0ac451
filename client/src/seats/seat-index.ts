import type { SeatMapLayout } from '../live/seat-map-layout.ts';

/**
 * Finds the seat or section under a point in O(1): seats bucketed by the map cell (one seat
 * width square) they fall in, built once per layout. Seats are at least 0.9 seat widths apart,
 * so a cell holds one or two and the nearest seat is among the 3 x 3 cells around the point.
 */
export interface SeatIndex {
  /** The nearest seat within `radius` seat widths (0.8 by default: no dead spots between seats of a row). */
  seatAt(mapX: number, mapY: number, radius?: number): number;
  sectionAt(mapX: number, mapY: number): number;
}

export function buildSeatIndex(layout: SeatMapLayout): SeatIndex {
  const { minX, minY, maxX, maxY } = layout.bounds;
  const columns = Math.max(1, Math.ceil(maxX - minX) + 2);
  const rows = Math.max(1, Math.ceil(maxY - minY) + 2);
  const cellOf = (x: number, y: number) => {
    const column = Math.floor(x - minX);
    const row = Math.floor(y - minY);
    return column < 0 || row < 0 || column >= columns || row >= rows ? -1 : row * columns + column;
  };
  // Counting sort into one flat array: starts[cell]..starts[cell + 1] are its seats.
  const starts = new Int32Array(columns * rows + 1);
  const cells = new Int32Array(layout.count);
  for (let index = 0; index < layout.count; index++) {
    const cell = cellOf(layout.x[index]!, layout.y[index]!);
    cells[index] = cell;
    if (cell >= 0) starts[cell + 1]! += 1;
  }
  for (let cell = 0; cell < columns * rows; cell++) starts[cell + 1]! += starts[cell]!;
  const filled = starts.slice(0, -1);
  const seats = new Int32Array(layout.count);
  for (let index = 0; index < layout.count; index++) {
    const cell = cells[index]!;
    if (cell >= 0) seats[filled[cell]!++] = index;
  }

  return {
    seatAt(mapX, mapY, radius = 0.8) {
      let best = -1;
      let bestDistance = radius * radius;
      const column = Math.floor(mapX - minX);
      const row = Math.floor(mapY - minY);
      for (let r = row - 1; r <= row + 1; r++) {
        if (r < 0 || r >= rows) continue;
        for (let c = column - 1; c <= column + 1; c++) {
          if (c < 0 || c >= columns) continue;
          const cell = r * columns + c;
          for (let at = starts[cell]!; at < starts[cell + 1]!; at++) {
            const index = seats[at]!;
            const dx = layout.x[index]! - mapX;
            const dy = layout.y[index]! - mapY;
            const distance = dx * dx + dy * dy;
            if (distance <= bestDistance) {
              best = index;
              bestDistance = distance;
            }
          }
        }
      }
      return best;
    },
    sectionAt(mapX, mapY) {
      return layout.sections.findIndex(
        (section) => mapX >= section.minX && mapX <= section.maxX && mapY >= section.minY && mapY <= section.maxY && insidePolygon(section.outline, mapX, mapY),
      );
    },
  };
}

/** Ray casting: whether (x, y) is inside the closed polygon x0, y0, x1, y1, ... */
export function insidePolygon(outline: ArrayLike<number>, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = outline.length - 2; i < outline.length; j = i, i += 2) {
    const xi = outline[i]!;
    const yi = outline[i + 1]!;
    const xj = outline[j]!;
    const yj = outline[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
