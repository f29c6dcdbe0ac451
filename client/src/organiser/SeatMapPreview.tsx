import { useMemo } from 'react';
import { previewSeatLayout, type GeneratedVenue } from '@tessera/venue';
import { useAppServices } from '../app-services.tsx';
import { decodeLayout } from '../live/seat-map-layout.ts';
import { createSeatStateStore } from '../live/seat-states.ts';
import { KIND_WORDS } from '../seats/seat-appearance.ts';
import { SeatLegend } from '../seats/SeatLegend.tsx';
import { SeatMap } from '../seats/SeatMap.tsx';
import { formatCount } from '../ui/format.ts';

export interface PreviewTier {
  name: string;
  price: string;
}

/**
 * The generated venue drawn by the buyers' own map, before anything is saved: the organiser
 * sees sections, rows, tiers (colour and price), accessible and restricted places and the seat
 * counts, and nothing a buyer needs (statuses, holds, best available). Clicking a seat names it.
 */
export function SeatMapPreview({ eventName, venue, tiers }: { eventName: string; venue: GeneratedVenue; tiers: readonly PreviewTier[] }) {
  const { pendingSeats } = useAppServices();
  const { layout, store } = useMemo(() => {
    const decoded = decodeLayout(previewSeatLayout(venue, tiers.map((tier) => tier.name)));
    const states = createSeatStateStore(decoded, () => undefined);
    states.applySnapshot({ eventId: 'preview', layoutRevision: 'preview', revision: 'preview', count: decoded.count, statuses: 'A'.repeat(decoded.count), versions: new Array<number>(decoded.count).fill(0), sections: [] });
    return { layout: decoded, store: states };
  }, [venue, tiers]);

  const perTier = tiers.map((_, index) => venue.seats.filter((seat) => seat.tier === tiers[index]!.name).length);
  const kinds = (['WHEELCHAIR', 'COMPANION', 'RESTRICTED_VIEW'] as const).map((kind) => ({ kind, count: venue.seats.filter((seat) => seat.kind === kind).length }));

  return (
    <section className="seat-map-preview" aria-labelledby="preview-title">
      <h3 id="preview-title">Preview: {formatCount(layout.count)} seats</h3>
      <SeatLegend tiers={tiers.map((tier, index) => ({ index, name: tier.name, price: tier.price, left: `${formatCount(perTier[index] ?? 0)} seats` }))} statuses={false} kinds={false} />
      <SeatMap eventName={eventName} layout={layout} store={store} tiers={tiers} pendingSeats={pendingSeats} match={null} stale={null} preview onActivate={() => undefined} />
      <table className="preview-table">
        <caption>Sections</caption>
        <thead>
          <tr><th scope="col">Section</th><th scope="col">Rows</th><th scope="col">Seats</th></tr>
        </thead>
        <tbody>
          {layout.sections.map((section) => (
            <tr key={section.name}>
              <th scope="row">{section.name}</th>
              <td>{formatCount(section.rowCount)}</td>
              <td>{formatCount(section.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="preview-kinds">
        {kinds.map(({ kind, count }) => `${formatCount(count)} ${KIND_WORDS[kind]}${count === 1 ? '' : 's'}`).join(' · ')}
      </p>
    </section>
  );
}
