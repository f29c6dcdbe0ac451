import { useMemo } from 'react';
import type { SeatOnMapFragment } from '../generated/graphql.ts';
import { SeatLegend } from '../seats/SeatLegend.tsx';
import { SeatMap, type MapTier } from '../seats/SeatMap.tsx';
import { tierColour } from '../seats/seat-appearance.ts';
import { formatCount } from '../ui/format.ts';
import type { EventDraft, PreviewSeat } from './event-draft.ts';

const NOTHING_PENDING: ReadonlySet<string> = new Set();

/** The generated map drawn by the buyers' own seat map, before anything is saved. */
export function SeatMapPreview({ draft, seats }: { draft: EventDraft; seats: PreviewSeat[] }) {
  const tiers = useMemo(
    () =>
      new Map<string, MapTier>(
        draft.tiers.map((tier, index) => [tier.name, { id: tier.name, name: tier.name, colour: tierColour(index), price: `€${tier.price}` }]),
      ),
    [draft.tiers],
  );
  const mapSeats = useMemo<SeatOnMapFragment[]>(
    () =>
      seats.map((seat, index) => ({
        __typename: 'Seat',
        id: `preview-${index}`,
        eventId: 'preview',
        version: 0,
        status: 'AVAILABLE',
        heldByMe: false,
        section: seat.section,
        row: seat.row,
        number: seat.number,
        x: seat.x,
        y: seat.y,
        tier: { __typename: 'Tier', id: seat.tier },
      })),
    [seats],
  );
  return (
    <section aria-label="Seat map preview">
      <h3>Preview: {formatCount(seats.length)} seats</h3>
      <SeatLegend tiers={[...tiers.values()].filter((tier) => draft.tiers.some((known) => known.name === tier.id && known.kind === 'RESERVED'))} />
      <SeatMap eventName={draft.name || 'the new event'} seats={mapSeats} tiers={tiers} pendingIds={NOTHING_PENDING} onActivate={() => undefined} />
    </section>
  );
}
