import type { QueueDraft } from './queue-progress.ts';

/** The organiser's waiting-room settings in the create-event form. */
export function QueuePolicyFields({ draft, onChange }: { draft: QueueDraft; onChange: (draft: QueueDraft) => void }) {
  return (
    <fieldset className="queue-policy">
      <legend>Waiting room</legend>
      <label className="inline">
        <input type="checkbox" checked={draft.enabled} onChange={(event) => onChange({ ...draft, enabled: event.target.checked })} />
        Sell through a waiting room (for a big on-sale)
      </label>
      {draft.enabled && (
        <>
          <p className="hint">Buyers who join before it opens get a place drawn at random; later ones queue in order. Nobody holds seats before they are admitted.</p>
          <label>
            Opens at
            <input type="datetime-local" value={draft.opensAt} onChange={(event) => onChange({ ...draft, opensAt: event.target.value })} required />
          </label>
          <label>
            Buyers admitted per minute
            <input type="number" min={1} max={100000} value={draft.admitPerMinute} onChange={(event) => onChange({ ...draft, admitPerMinute: event.target.value })} />
          </label>
          <label>
            Minutes each admission lasts
            <input type="number" min={1} max={120} value={draft.admissionMinutes} onChange={(event) => onChange({ ...draft, admissionMinutes: event.target.value })} />
          </label>
        </>
      )}
    </fieldset>
  );
}
