import type { SeatStatus } from '../generated/graphql.ts';

/** How a seat looks and reads, from the buyer's point of view. */
export type SeatLook = 'available' | 'mine' | 'held' | 'sold' | 'pending';

export function seatLook(status: SeatStatus, heldByMe: boolean, pending: boolean): SeatLook {
  if (pending) return 'pending';
  if (status === 'SOLD') return 'sold';
  if (status === 'HELD') return heldByMe ? 'mine' : 'held';
  return 'available';
}

export const LOOK_COLOURS: Record<Exclude<SeatLook, 'available'>, string> = {
  mine: '#16a34a',
  held: '#f59e0b',
  sold: '#9ca3af',
  pending: '#111827',
};

export const LOOK_WORDS: Record<SeatLook, string> = {
  available: 'available',
  mine: 'held by you',
  held: 'held by someone else',
  sold: 'sold',
  pending: 'pending',
};

/** Tier colours in the order tiers are listed; distinct from the status colours above. */
const TIER_PALETTE = ['#2563eb', '#db2777', '#0ea5e9', '#7c3aed', '#b45309', '#be123c', '#4338ca', '#0369a1'];

export function tierColour(tierIndex: number): string {
  return TIER_PALETTE[((tierIndex % TIER_PALETTE.length) + TIER_PALETTE.length) % TIER_PALETTE.length]!;
}

/** "B-4-12": how a seat is named in short messages. */
export function seatCode(seat: { section: string; row: string; number: number }): string {
  return `${seat.section}-${seat.row}-${seat.number}`;
}

/** "Section B, row 4, seat 12, VIP, €85, available": every seat's accessible name. */
export function seatAccessibleName(seat: { section: string; row: string; number: number }, tierName: string, price: string, look: SeatLook): string {
  return `Section ${seat.section}, row ${seat.row}, seat ${seat.number}, ${tierName}, ${price}, ${LOOK_WORDS[look]}`;
}
