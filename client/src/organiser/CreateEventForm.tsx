import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import type { EventSummaryFragment } from '../generated/graphql.ts';
import { navigate } from '../routing/router.tsx';
import { formatCount, formatMoney } from '../ui/format.ts';
import { centsOf, emptyDraft, reservedTierNames, toCreateEventInput, type EventDraft } from './event-draft.ts';
import { useCreateEvent } from './use-create-event.ts';
import { usePublishEvent } from './use-publish-event.ts';
import { SeatMapPreview } from './SeatMapPreview.tsx';
import { previewVenue } from './venue-draft.ts';
import { VenueEditor } from './VenueEditor.tsx';
import { TiersEditor } from './TiersEditor.tsx';
import { QueuePolicyFields } from '../queue/QueuePolicyFields.tsx';
import { emptyQueueDraft, toQueuePolicyInput, type QueueDraft } from '../queue/queue-progress.ts';

export function CreateEventForm() {
  const createEvent = useCreateEvent();
  const { publish: publishEvent } = usePublishEvent();
  const [draft, setDraft] = useState<EventDraft>(() => emptyDraft());
  const [queueDraft, setQueueDraft] = useState<QueueDraft>(() => emptyQueueDraft());
  const [problems, setProblems] = useState<string[]>([]);
  const [created, setCreated] = useState<EventSummaryFragment | null>(null);
  const [busy, setBusy] = useState(false);
  const reserved = reservedTierNames(draft);
  const reservedKey = reserved.join('\n');
  // Typing in the editor stays quick on a big venue: the preview follows a moment later.
  const seating = useDeferredValue(draft.seating);
  const preview = useMemo(() => previewVenue(seating, reservedKey ? reservedKey.split('\n') : []), [seating, reservedKey]);
  const previewTiers = useMemo(
    () => draft.tiers.filter((tier) => tier.kind === 'RESERVED').map((tier) => ({ name: tier.name.trim(), price: formatMoney(centsOf(tier.price) ?? 0, 'EUR') })),
    [draft.tiers],
  );

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems: found } = toCreateEventInput(draft);
    const { queue, problems: queueProblems } = toQueuePolicyInput(queueDraft, draft.startsAt);
    setProblems([...found, ...queueProblems]);
    if (!input || queueProblems.length > 0) return;
    if (queue) input.queue = queue;
    setBusy(true);
    try {
      setCreated(await createEvent(input));
    } catch (error) {
      setProblems([errorMessageOf(error)]);
    } finally {
      setBusy(false);
    }
  };

  const publish = async (eventId: string) => {
    setBusy(true);
    if (await publishEvent(eventId)) navigate(`/organiser/events/${eventId}`);
    else setBusy(false);
  };

  if (created) {
    return (
      <section aria-labelledby="created-title">
        <h2 id="created-title">{created.name} is saved as a draft</h2>
        <p>Only you can see it until it is published. {formatCount(created.capacity)} seats and tickets.</p>
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
      <div className="venue-workbench">
        <VenueEditor venue={draft.seating} reservedTiers={reserved} onChange={(seating) => setDraft({ ...draft, seating })} />
        <div className="venue-preview">
          {preview.problems.length > 0 && (
            <ul className="error" role="alert" aria-label="Seat map problems">
              {preview.problems.slice(0, 6).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
              {preview.problems.length > 6 && <li>and {formatCount(preview.problems.length - 6)} more</li>}
            </ul>
          )}
          {preview.generated.seats.length > 0 && <SeatMapPreview eventName={draft.name || 'the new event'} venue={preview.generated} tiers={previewTiers} />}
        </div>
      </div>
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
