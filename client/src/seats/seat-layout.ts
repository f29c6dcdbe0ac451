/**
 * Geometry of a seat map, computed once per map (positions never change, statuses do): rows in
 * reading order for keyboard moves, and a cell index for hit-testing a pointer in O(1).
 * Positions are in seat widths; a seat occupies the cell [x, x+1) x [y, y+1).
 */
export interface Positioned {
  x: number;
  y: number;
}

export interface SeatLayout {
  /** Columns and rows spanned, in seat widths. */
  width: number;
  height: number;
  minX: number;
  minY: number;
  /** Seat indexes per visual row (same y), rows front to back, seats left to right. */
  rows: number[][];
  rowOf: Int32Array;
  positionInRow: Int32Array;
  cells: Map<number, number>;
}

const cellKey = (x: number, y: number, width: number) => y * width + x;

export function buildSeatLayout(seats: readonly Positioned[]): SeatLayout {
  if (seats.length === 0) {
    return { width: 0, height: 0, minX: 0, minY: 0, rows: [], rowOf: new Int32Array(0), positionInRow: new Int32Array(0), cells: new Map() };
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of seats) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const width = Math.floor(maxX - minX) + 1;
  const height = Math.floor(maxY - minY) + 1;

  const byY = new Map<number, number[]>();
  const cells = new Map<number, number>();
  seats.forEach((seat, index) => {
    const row = byY.get(seat.y) ?? [];
    row.push(index);
    byY.set(seat.y, row);
    cells.set(cellKey(Math.floor(seat.x - minX), Math.floor(seat.y - minY), width), index);
  });
  const rows = [...byY.entries()].sort(([a], [b]) => a - b).map(([, indexes]) => indexes.sort((a, b) => seats[a]!.x - seats[b]!.x));
  const rowOf = new Int32Array(seats.length);
  const positionInRow = new Int32Array(seats.length);
  rows.forEach((row, rowIndex) =>
    row.forEach((seatIndex, position) => {
      rowOf[seatIndex] = rowIndex;
      positionInRow[seatIndex] = position;
    }),
  );
  return { width, height, minX, minY, rows, rowOf, positionInRow, cells };
}

/** The seat under a point in map coordinates (seat widths), or -1. */
export function seatAt(layout: SeatLayout, mapX: number, mapY: number): number {
  const column = Math.floor(mapX - layout.minX);
  const row = Math.floor(mapY - layout.minY);
  if (column < 0 || row < 0 || column >= layout.width || row >= layout.height) return -1;
  return layout.cells.get(cellKey(column, row, layout.width)) ?? -1;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The seat an arrow key moves to: along the row for left/right; for up/down, the seat of the
 * next row nearest in x (rows of different sections share a y, so moves cross aisles naturally).
 */
export function neighbourSeat(layout: SeatLayout, seats: readonly Positioned[], from: number, direction: Direction): number {
  const rowIndex = layout.rowOf[from];
  const position = layout.positionInRow[from];
  if (rowIndex === undefined || position === undefined) return from;
  const row = layout.rows[rowIndex]!;
  if (direction === 'left') return row[Math.max(0, position - 1)]!;
  if (direction === 'right') return row[Math.min(row.length - 1, position + 1)]!;
  const target = layout.rows[rowIndex + (direction === 'down' ? 1 : -1)];
  if (!target) return from;
  const x = seats[from]!.x;
  let best = target[0]!;
  for (const candidate of target) {
    if (Math.abs(seats[candidate]!.x - x) < Math.abs(seats[best]!.x - x)) best = candidate;
  }
  return best;
}
