/** What the choice needs to know of a seat. */
export interface PlacedSeat {
  id: number;
  section: string;
  row: string;
  number: number;
  x: number;
  y: number;
  available: boolean;
}

interface Candidate {
  seats: PlacedSeat[];
  strandsASeat: boolean;
  score: number;
}

/** Seat widths of sideways distance that weigh as much as one row further back. */
const SIDEWAYS_PER_ROW = 2;

/**
 * Picks `quantity` adjacent available seats in one row: nearest the front and centre, and never
 * leaving a single empty seat stranded between taken ones (or a row end) when another choice
 * exists. Returns null when no row has that many adjacent seats free.
 */
export function pickBestAvailable(seats: readonly PlacedSeat[], quantity: number): PlacedSeat[] | null {
  if (quantity < 1 || seats.length === 0) return null;
  const front = Math.min(...seats.map((s) => s.y));
  const xs = seats.map((s) => s.x);
  const centre = (Math.min(...xs) + Math.max(...xs)) / 2;

  let best: Candidate | null = null;
  for (const row of groupRows(seats)) {
    for (const candidate of windowsOf(row, quantity, front, centre)) {
      if (best === null || isBetter(candidate, best)) best = candidate;
    }
  }
  return best?.seats ?? null;
}

function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.strandsASeat !== b.strandsASeat) return !a.strandsASeat;
  return a.score < b.score;
}

function groupRows(seats: readonly PlacedSeat[]): PlacedSeat[][] {
  const rows = new Map<string, PlacedSeat[]>();
  for (const seat of seats) {
    const key = `${seat.section}\u0000${seat.row}`;
    const row = rows.get(key);
    if (row) row.push(seat);
    else rows.set(key, [seat]);
  }
  return [...rows.values()].map((row) => row.sort((a, b) => a.number - b.number));
}

function* windowsOf(row: PlacedSeat[], quantity: number, front: number, centre: number): Generator<Candidate> {
  for (let start = 0; start + quantity <= row.length; start++) {
    const window = row.slice(start, start + quantity);
    if (!window.every((s, i) => s.available && (i === 0 || s.number === window[i - 1]!.number + 1))) continue;
    const middle = (window[0]!.x + window[window.length - 1]!.x) / 2;
    yield {
      seats: window,
      strandsASeat: leavesSingleGap(row, start - 1, -1) || leavesSingleGap(row, start + quantity, +1),
      score: (window[0]!.y - front) + Math.abs(middle - centre) / SIDEWAYS_PER_ROW,
    };
  }
}

/** True when the seat at `index` is free but the one beyond it (in `direction`) is taken or absent. */
function leavesSingleGap(row: PlacedSeat[], index: number, direction: 1 | -1): boolean {
  const next = row[index];
  if (!next || !next.available) return false;
  const beyond = row[index + direction];
  return !beyond || !beyond.available || beyond.number !== next.number + direction;
}
