import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useAppServices, useSession } from '../app-services.tsx';
import { MeQuery } from '../auth/auth.operations.ts';
import type { EventPageQuery as EventPageData, SeatOnMapFragment } from '../generated/graphql.ts';
import { useEventSeats } from '../seats/use-event-seats.ts';
import { GeneralAdmissionPicker } from '../holds/GeneralAdmissionPicker.tsx';
import { HoldPanel } from '../holds/HoldPanel.tsx';
import { AvailableSeatsList } from '../seats/AvailableSeatsList.tsx';
import { BestAvailableForm } from '../seats/BestAvailableForm.tsx';
import { usePendingSeatIds } from '../seats/pending-seats.ts';
import { SeatMap, type MapTier } from '../seats/SeatMap.tsx';
import { SeatLegend } from '../seats/SeatLegend.tsx';
import { tierColour } from '../seats/seat-appearance.ts';
import { useToggleSeat } from '../seats/use-toggle-seat.ts';
import { formatDate, formatMoney } from '../ui/money.ts';
import { QueueGate } from '../queue/QueueGate.tsx';
import { WaitlistPanel } from '../queue/WaitlistPanel.tsx';
import { EventPageQuery } from './events.operations.ts';
import { useEventLive } from './use-event-live.ts';
import { withLiveCounts } from './live-tier-counts.ts';

type LoadedEvent = NonNullable<EventPageData['event']>;

export function EventPage({ eventId }: { eventId: string }) {
  const { data, loading, error } = useQuery(EventPageQuery, { variables: { id: eventId } });
  const seatMap = useEventSeats(eventId);
  useEventLive(eventId);

  const failure = error ?? seatMap.error;
  if (failure) return <p className="status error" role="alert">Could not load the event: {failure.message}</p>;
  if ((loading && !data) || !seatMap.seats) return <p className="status">Loading the seat map…</p>;
  if (!data?.event) return <p className="status">This event does not exist.</p>;
  return (
    <QueueGate eventId={eventId} eventName={data.event.name}>
      <EventDetails event={data.event} seats={seatMap.seats} />
    </QueueGate>
  );
}

function EventDetails({ event, seats }: { event: LoadedEvent; seats: SeatOnMapFragment[] }) {
  const session = useSession();
  const { pendingSeats } = useAppServices();
  const pendingIds = usePendingSeatIds(pendingSeats);
  const toggleSeat = useToggleSeat();
  const { data: me } = useQuery(MeQuery, session ? {} : skipToken);
  const hold = me?.me?.holds.find((candidate) => candidate.eventId === event.id && candidate.status === 'ACTIVE') ?? null;

  const mapTiers = useMemo(
    () =>
      new Map<string, MapTier>(
        event.tiers.map((tier, index) => [tier.id, { id: tier.id, name: tier.name, colour: tierColour(index), price: formatMoney(tier.priceCents, tier.currency) }]),
      ),
    [event.tiers],
  );
  const tiers = useMemo(() => withLiveCounts(event.tiers, seats), [event.tiers, seats]);
  const reservedTiers = tiers.filter((tier) => tier.kind === 'RESERVED');
  const gaTiers = tiers.filter((tier) => tier.kind === 'GENERAL_ADMISSION');

  return (
    <div className="event-page">
      <header className="event-header">
        <h2>{event.name}</h2>
        <p>
          {event.venue} · <time dateTime={event.startsAt}>{formatDate(event.startsAt)}</time> · up to {event.perOrderLimit} per order
        </p>
        {event.status !== 'ON_SALE' && <p className="badge">{event.status === 'DRAFT' ? 'Draft: not on sale yet' : 'Sales closed'}</p>}
      </header>
      <div className="event-layout">
        <section className="event-main" aria-label="Seats and tickets">
          {seats.length > 0 && (
            <>
              <SeatLegend tiers={reservedTiers.map((tier) => mapTiers.get(tier.id)!)} />
              <SeatMap eventName={event.name} seats={seats} tiers={mapTiers} pendingIds={pendingIds} pendingStore={pendingSeats} onActivate={(seat) => void toggleSeat(seat)} />
              <BestAvailableForm eventId={event.id} tiers={reservedTiers} perOrderLimit={event.perOrderLimit} signedIn={session !== null} />
              <AvailableSeatsList seats={seats} tiers={reservedTiers} mapTiers={mapTiers} pendingIds={pendingIds} onReserve={(seat) => void toggleSeat(seat)} />
            </>
          )}
          <WaitlistPanel tiers={tiers} perOrderLimit={event.perOrderLimit} />
          {gaTiers.length > 0 && (
            <section aria-label="General admission">
              <h2>General admission</h2>
              <div className="ga-tiers">
                {gaTiers.map((tier) => (
                  <GeneralAdmissionPicker key={tier.id} tier={tier} perOrderLimit={event.perOrderLimit} signedIn={session !== null} />
                ))}
              </div>
            </section>
          )}
        </section>
        {session && <HoldPanel hold={hold} />}
      </div>
    </div>
  );
}
