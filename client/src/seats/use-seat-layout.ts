import { useRef } from 'react';
import { buildSeatLayout, type Positioned, type SeatLayout } from './seat-layout.ts';

/**
 * The layout of a map, rebuilt only when the seats themselves change (another event, another
 * count), not when a status changes: every live update hands us a new array of the same seats.
 */
export function useSeatLayout(seats: readonly (Positioned & { id: string })[]): SeatLayout {
  const cached = useRef<{ key: string; layout: SeatLayout } | null>(null);
  const key = `${seats.length}:${seats[0]?.id ?? ''}:${seats[seats.length - 1]?.id ?? ''}`;
  if (cached.current?.key !== key) cached.current = { key, layout: buildSeatLayout(seats) };
  return cached.current.layout;
}
