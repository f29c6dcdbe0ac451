/**
 * The places of one row: where each seat sits along it, aisles left as empty places. An aisle is
 * given after a seat number of the front row; a wider row keeps it at the same share of the row,
 * so that aisles run straight back through a wedge.
 */
export interface RowSlots {
  /** Along-row position of each seat (index = number - 1), 0 at the row's middle, in places. */
  offsets: number[];
  /** Places in the row: seats plus aisles. */
  slots: number;
}

export function rowSlots(seats: number, frontSeats: number, aisles: readonly number[]): RowSlots {
  const after = new Set(
    aisles.map((seat) => Math.round((seat * seats) / frontSeats)).filter((seat) => seat >= 1 && seat < seats),
  );
  const raw: number[] = [];
  let place = 0;
  for (let number = 1; number <= seats; number++) {
    raw.push(place);
    place += after.has(number) ? 2 : 1;
  }
  const slots = (raw.at(-1) ?? 0) + 1;
  const middle = (slots - 1) / 2;
  return { offsets: raw.map((p) => p - middle), slots };
}
