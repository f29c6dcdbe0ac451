import { useMemo, useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import type { EventSummaryFragment } from '../generated/graphql.ts';
import { navigate } from '../routing/router.tsx';
import { EventsListQuery } from '../events/events.operations.ts';
import { emptyDraft, previewSeatMap, toCreateEventInput, type EventDraft } from './event-draft.ts';
import { CreateEventMutation, PublishEventMutation } from './organiser.operations.ts';
import { SeatMapPreview } from './SeatMapPreview.tsx';
import { SectionsEditor } from './SectionsEditor.tsx';
import { TiersEditor } from './TiersEditor.tsx';
import { QueuePolicyFields } from '../queue/QueuePolicyFields.tsx';
import { emptyQueueDraft, toQueuePolicyInput, type QueueDraft } from '../queue/queue-progress.ts';

export function CreateEventForm() {
  const client = useApolloClient();
  const [draft, setDraft] = useState<EventDraft>(() => emptyDraft());
  const [queueDraft, setQueueDraft] = useState<QueueDraft>(() => emptyQueueDraft());
  const [problems, setProblems] = useState<string[]>([]);
  const [created, setCreated] = useState<EventSummaryFragment | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = useMemo(() => previewSeatMap(draft.sections), [draft.sections]);
  const reservedTierNames = draft.tiers.filter((tier) => tier.kind === 'RESERVED').map((tier) => tier.name);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems: found } = toCreateEventInput(draft);
    const { queue, problems: queueProblems } = toQueuePolicyInput(queueDraft, draft.startsAt);
    setProblems([...found, ...queueProblems]);
    if (!input || queueProblems.length > 0) return;
    if (queue) input.queue = queue;
    setBusy(true);
    try {
      const { data } = await client.mutate({ mutation: CreateEventMutation, variables: { input }, refetchQueries: [EventsListQuery] });
      if (data) setCreated(data.createEvent);
    } catch (error) {
      setProblems([errorMessageOf(error)]);
    } finally {
      setBusy(false);
    }
  };

  const publish = async (eventId: string) => {
    setBusy(true);
    try {
      await client.mutate({ mutation: PublishEventMutation, variables: { id: eventId }, refetchQueries: [EventsListQuery] });
      navigate(`/organiser/events/${eventId}`);
    } catch (error) {
      setProblems([errorMessageOf(error)]);
      setBusy(false);
    }
  };

  if (created) {
    return (
      <section aria-labelledby="created-title">
        <h2 id="created-title">{created.name} is saved as a draft</h2>
        <p>Only you can see it until it is published. {created.capacity.toLocaleString('en-GB')} seats and tickets.</p>
        {problems.length > 0 && <p className="error" role="alert">{problems[0]}</p>}
        <button type="button" className="primary" disabled={busy} onClick={() => void publish(created.id)}>
          Publish: put it on sale
        </button>
      </section>
    );
  }

  return (
    <form className="create-event" onSubmit={(event) => void create(event)} aria-labelledby="create-title">
      <h2 id="create-title">Create an event</h2>
      <fieldset>
        <legend>Event</legend>
        <label>
          Name
          <input value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} required />
        </label>
        <label>
          Venue
          <input value={draft.venue} onChange={(event) => setDraft({ ...draft, venue: event.target.value })} required />
        </label>
        <label>
          Starts at
          <input type="datetime-local" value={draft.startsAt} onChange={(event) => setDraft({ ...draft, startsAt: event.target.value })} required />
        </label>
        <label>
          Per-order limit
          <input type="number" min={1} max={50} value={draft.perOrderLimit} onChange={(event) => setDraft({ ...draft, perOrderLimit: Number(event.target.value) || 1 })} />
        </label>
      </fieldset>
      <TiersEditor tiers={draft.tiers} onChange={(tiers) => setDraft({ ...draft, tiers })} />
      <SectionsEditor sections={draft.sections} tierNames={reservedTierNames} onChange={(sections) => setDraft({ ...draft, sections })} />
      {preview.seats.length > 0 && <SeatMapPreview draft={draft} seats={preview.seats} />}
      <QueuePolicyFields draft={queueDraft} onChange={setQueueDraft} />
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save as draft'}
      </button>
    </form>
  );
}
