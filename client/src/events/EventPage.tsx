import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useAppServices, useSession } from '../app-services.tsx';
import { MeQuery } from '../auth/me-query.ts';
import { graphql } from '../generated/index.ts';
import type { EventPageQuery as EventPageData } from '../generated/graphql.ts';
import { GeneralAdmissionPicker } from '../holds/GeneralAdmissionPicker.tsx';
import { HoldBar, HoldPanel } from '../holds/HoldPanel.tsx';
import { useHoldHeartbeat } from '../holds/use-hold-heartbeat.ts';
import { useSeatCounts } from '../live/use-seat-counts.ts';
import { useSeatMap, type SeatMapState } from '../live/use-seat-map.ts';
import { useCheckout } from '../orders/use-checkout.ts';
import { EventSeating } from '../seats/EventSeating.tsx';
import { SoldOutBanner } from '../seats/SoldOutBanner.tsx';
import { Link } from '../routing/router.tsx';
import { formatCount, formatDate } from '../ui/format.ts';
import { QueueGate } from '../queue/QueueGate.tsx';
import { WaitlistPanel } from '../queue/WaitlistPanel.tsx';
import { withLiveCounts } from './live-tier-counts.ts';

export const TierFieldsFragmentDocument = graphql(`
  fragment TierFields on Tier {
    id
    eventId
    name
    kind
    priceCents
    currency
    capacity
    available
    held
    sold
    version
  }
`);

export const EventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventSummary
      perOrderLimit
      tiers {
        ...TierFields
      }
    }
  }
`);

type LoadedEvent = NonNullable<EventPageData['event']>;

/**
 * The event's page. The seat map (layout and states, megabytes on an arena) is read only inside
 * the waiting room's gate, so a buyer still queueing downloads none of it; the event's own
 * query and the room's are read side by side.
 */
export function EventPage({ eventId }: { eventId: string }) {
  const { data, loading, error } = useQuery(EventPageQuery, { variables: { id: eventId } });

  if (error) return <p className="status error" role="alert">Could not load the event: {error.message}</p>;
  if (!loading && !data?.event) return <p className="status">This event does not exist.</p>;
  return (
    <QueueGate eventId={eventId} eventName={data?.event?.name ?? ''}>
      <EventSeats eventId={eventId} event={data?.event ?? null} />
    </QueueGate>
  );
}

/** Mounted once the buyer may choose seats (admitted, or the event has no waiting room): only then is the map read. */
function EventSeats({ eventId, event }: { eventId: string; event: LoadedEvent | null }) {
  const { fetch, connection, socket } = useAppServices();
  const session = useSession();
  const map = useSeatMap(eventId, { fetch, token: session?.token ?? null, connection, socket });

  if (map.phase === 'failed') return <p className="status error" role="alert">Could not load the seat map: {map.error.message}</p>;
  if (!event || map.phase === 'loading') return <p className="status">Loading the seat map…</p>;
  return <EventDetails event={event} map={map} />;
}

function EventDetails({ event, map }: { event: LoadedEvent; map: Extract<SeatMapState, { phase: 'ready' }> }) {
  const session = useSession();
  const { data: me } = useQuery(MeQuery, session ? {} : skipToken);
  const hold = me?.me?.holds.find((candidate) => candidate.eventId === event.id && candidate.status === 'ACTIVE') ?? null;
  const checkout = useCheckout();
  useHoldHeartbeat(hold?.id ?? null);

  const { layout, store } = map;
  const countsVersion = useSeatCounts(store);
  const tiers = useMemo(() => withLiveCounts(event.tiers, { tierIds: layout.tierIds, tier: (index) => store.tier(index) }), [event.tiers, layout, store, countsVersion]);
  const gaTiers = tiers.filter((tier) => tier.kind === 'GENERAL_ADMISSION');
  const seatsLeft = store.total().available;
  const onSale = event.status === 'ON_SALE';
  const soldOut = onSale && seatsLeft === 0 && gaTiers.every((tier) => tier.available === 0);

  return (
    <div className="event-page">
      <header className="event-header">
        <h2>{event.name}</h2>
        <p>
          {event.venue} · <time dateTime={event.startsAt}>{formatDate(event.startsAt)}</time> · up to {formatCount(event.perOrderLimit)} per order
        </p>
        {!onSale && <p className="badge">{event.status === 'DRAFT' ? 'Draft: not on sale yet' : 'Sales closed'}</p>}
      </header>
      {soldOut && <SoldOutBanner held={store.total().held + gaTiers.reduce((sum, tier) => sum + tier.held, 0)} />}
      <div className="event-layout">
        <section className="event-main" aria-label="Seats and tickets">
          {layout.count > 0 && (
            <EventSeating
              eventId={event.id}
              eventName={event.name}
              onSale={onSale}
              soldOut={soldOut || seatsLeft === 0}
              perOrderLimit={event.perOrderLimit}
              signedIn={session !== null}
              layout={layout}
              store={store}
              tiers={event.tiers}
              hold={hold}
            />
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
        {session ? (
          <HoldPanel hold={hold} checkout={checkout} />
        ) : (
          <aside className="hold-panel empty" aria-labelledby="hold-title">
            <h2 id="hold-title">Your hold</h2>
            <p>
              <Link href={`/login?next=${encodeURIComponent(`/events/${event.id}`)}`}>Log in</Link> to hold seats: they are kept for you while you check out.
            </p>
          </aside>
        )}
      </div>
      {session && <HoldBar hold={hold} checkout={checkout} />}
    </div>
  );
}
