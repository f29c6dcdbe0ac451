import { useQuery } from '@apollo/client/react';
import { EventsListDocument } from './events-list.graphql.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function EventsList() {
  const { data, loading, error } = useQuery(EventsListDocument);

  if (loading) return <p className="status">Loading events…</p>;
  if (error) return <p className="status error" role="alert">Could not load events: {error.message}</p>;

  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  if (events.length === 0) return <p className="status">No events yet.</p>;

  return (
    <ul className="events">
      {events.map((event) => (
        <li key={event.id}>
          <strong>{event.name}</strong>
          <span>{event.venue}</span>
          <time dateTime={event.startsAt}>{formatDate(event.startsAt)}</time>
        </li>
      ))}
    </ul>
  );
}
