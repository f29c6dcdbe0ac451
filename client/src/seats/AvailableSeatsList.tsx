import { useState } from 'react';
import type { SeatOnMapFragment, TierFieldsFragment } from '../generated/graphql.ts';
import { seatAccessibleName, seatLook } from './seat-appearance.ts';
import type { MapTier } from './SeatMap.tsx';

interface AvailableSeatsListProps {
  seats: readonly SeatOnMapFragment[];
  tiers: TierFieldsFragment[];
  mapTiers: ReadonlyMap<string, MapTier>;
  pendingIds: ReadonlySet<string>;
  onReserve: (seat: SeatOnMapFragment) => void;
}

/**
 * The map as a list, for screen readers and anyone who prefers it: available seats (and my own)
 * by tier, each a real button. A tier's seats are rendered only while it is open, so a
 * 20,000-seat arena costs nothing until someone asks for it.
 */
export function AvailableSeatsList({ seats, tiers, mapTiers, pendingIds, onReserve }: AvailableSeatsListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (tierId: string, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(tierId);
      else next.delete(tierId);
      return next;
    });

  return (
    <section className="seat-list" aria-labelledby="seat-list-title">
      <h2 id="seat-list-title">Available seats by tier</h2>
      {tiers.map((tier) => {
        const mapTier = mapTiers.get(tier.id);
        const listed = open.has(tier.id) ? seats.filter((seat) => seat.tier.id === tier.id && (seat.status === 'AVAILABLE' || seat.heldByMe)) : [];
        return (
          <details key={tier.id} onToggle={(event) => toggle(tier.id, event.currentTarget.open)}>
            <summary>
              {tier.name}, {mapTier?.price}: {tier.available} available
            </summary>
            <ul>
              {listed.map((seat) => {
                const look = seatLook(seat.status, seat.heldByMe, pendingIds.has(seat.id));
                return (
                  <li key={seat.id}>
                    <button type="button" aria-pressed={seat.heldByMe} disabled={look === 'pending'} onClick={() => onReserve(seat)}>
                      {seatAccessibleName(seat, tier.name, mapTier?.price ?? '', look)}
                    </button>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
