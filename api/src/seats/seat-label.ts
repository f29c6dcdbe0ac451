/** How a seat is named to people: "Section B, row 4, seat 12" (the web client's accessible names read the same). */
export function seatLabel(seat: { section: string; row: string; number: number }): string {
  return `Section ${seat.section}, row ${seat.row}, seat ${seat.number}`;
}
