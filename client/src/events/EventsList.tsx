import { useQuery } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';
import type { EventSummaryFragment } from '../generated/graphql.ts';
import { usePublishEvent } from '../organiser/use-publish-event.ts';
import { Link } from '../routing/router.tsx';
import { formatCount, formatDate } from '../ui/format.ts';
import { useEventsListLive } from './use-events-list-live.ts';

export const EventSummaryFragmentDocument = graphql(`
  fragment EventSummary on Event {
    id
    name
    venue
    startsAt
    status
    capacity
    available
  }
`);

export const EventsListQuery = graphql(`
  query EventsList($first: Int, $after: String) {
    events(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const PAGE_SIZE = 10;

interface EventsListProps {
  linkTo?: (eventId: string) => string;
  /** The organiser's list: drafts get a Publish button. */
  organiser?: boolean;
}

export function EventsList({ linkTo = (id: string) => `/events/${id}`, organiser = false }: EventsListProps) {
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
        {formatCount(events.length)} of {formatCount(data?.events.totalCount ?? 0)} events
      </p>
      <ul className="events">
        {events.map((event) => (
          <EventCard key={event.id} event={event} href={linkTo(event.id)} organiser={organiser} />
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

function EventCard({ event, href, organiser }: { event: EventSummaryFragment; href: string; organiser: boolean }) {
  const soldOut = event.status === 'ON_SALE' && event.available === 0;
  return (
    <li className="event-card" data-event-id={event.id}>
      <Link href={href} className="event-name">
        {event.name}
      </Link>
      <span>{event.venue}</span>
      <time dateTime={event.startsAt}>{formatDate(event.startsAt)}</time>
      {event.status === 'DRAFT' && (
        <span className="draft-line">
          <span className="badge">Draft</span>
          {organiser && <PublishButton eventId={event.id} />}
        </span>
      )}
      {soldOut ? <span className="badge sold-out">Sold out</span> : <AvailabilityBar available={event.available} capacity={event.capacity} />}
    </li>
  );
}

export function PublishButton({ eventId }: { eventId: string }) {
  const { publish, busy } = usePublishEvent();
  return (
    <button type="button" className="primary" disabled={busy} onClick={() => void publish(eventId)}>
      {busy ? 'Publishing…' : 'Publish: put it on sale'}
    </button>
  );
}

function AvailabilityBar({ available, capacity }: { available: number; capacity: number }) {
  return (
    <div className="availability">
      <meter min={0} max={Math.max(1, capacity)} value={available} aria-label="Seats and tickets left" />
      <span data-testid="available-count">
        {formatCount(available)} of {formatCount(capacity)} left
      </span>
    </div>
  );
}
