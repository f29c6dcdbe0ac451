import { useQuery } from '@apollo/client/react';
import type { EventSummaryFragment } from '../generated/graphql.ts';
import { Link } from '../routing/router.tsx';
import { formatDate } from '../ui/money.ts';
import { EventsListQuery } from './events.operations.ts';
import { useEventsListLive } from './use-events-list-live.ts';

const PAGE_SIZE = 10;

export function EventsList({ linkTo = (id: string) => `/events/${id}` }: { linkTo?: (eventId: string) => string }) {
  const { data, loading, error, fetchMore } = useQuery(EventsListQuery, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  useEventsListLive(events.map((event) => event.id));

  if (loading && !data) return <p className="status">Loading events…</p>;
  if (error && !data) return <p className="status error" role="alert">Could not load events: {error.message}</p>;
  if (events.length === 0) return <p className="status">No events yet.</p>;

  const pageInfo = data?.events.pageInfo;
  return (
    <>
      <p className="status">
        {events.length} of {data?.events.totalCount} events
      </p>
      <ul className="events">
        {events.map((event) => (
          <EventCard key={event.id} event={event} href={linkTo(event.id)} />
        ))}
      </ul>
      {pageInfo?.hasNextPage && (
        <button type="button" className="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
          {loading ? 'Loading…' : 'More events'}
        </button>
      )}
    </>
  );
}

function EventCard({ event, href }: { event: EventSummaryFragment; href: string }) {
  const soldOut = event.status === 'ON_SALE' && event.available === 0;
  return (
    <li className="event-card" data-event-id={event.id}>
      <Link href={href} className="event-name">
        {event.name}
      </Link>
      <span>{event.venue}</span>
      <time dateTime={event.startsAt}>{formatDate(event.startsAt)}</time>
      {event.status === 'DRAFT' && <span className="badge">Draft</span>}
      {soldOut ? <span className="badge sold-out">Sold out</span> : <AvailabilityBar available={event.available} capacity={event.capacity} />}
    </li>
  );
}

function AvailabilityBar({ available, capacity }: { available: number; capacity: number }) {
  return (
    <div className="availability">
      <meter min={0} max={Math.max(1, capacity)} value={available} aria-label="Seats and tickets left" />
      <span data-testid="available-count">
        {available.toLocaleString('en-GB')} of {capacity.toLocaleString('en-GB')} left
      </span>
    </div>
  );
}
