import { useQuery } from '@apollo/client/react';
import { MyEventsQuery } from './partners.operations.ts';

/** Checkboxes of the organiser's own events (a key or a webhook reaches only those). */
export function EventChoice({ chosen, onChange }: { chosen: string[]; onChange: (ids: string[]) => void }) {
  const { data } = useQuery(MyEventsQuery, { fetchPolicy: 'cache-and-network' });
  const events = (data?.events.edges ?? []).map((e) => e.node).filter((e) => e.organizedByMe);
  if (events.length === 0) return <p className="status">You have no events yet.</p>;
  return (
    <fieldset>
      <legend>Events</legend>
      {events.map((event) => (
        <label key={event.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(event.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, event.id] : chosen.filter((id) => id !== event.id))}
          />{' '}
          {event.name}
        </label>
      ))}
    </fieldset>
  );
}

/** Checkboxes of a fixed set of values (scopes, webhook types). */
export function ValueChoice<T extends string>({ legend, values, chosen, onChange }: { legend: string; values: readonly T[]; chosen: T[]; onChange: (values: T[]) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="check">
          <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => onChange(e.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value))} />{' '}
          {value}
        </label>
      ))}
    </fieldset>
  );
}
