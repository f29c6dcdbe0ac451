import type { QueueTicketFieldsFragment } from '../generated/graphql.ts';
import { formatCount, formatDate } from '../ui/format.ts';
import { formatWait, progressOf, type QueueStage } from './queue-progress.ts';

/** Null only for a moment, until the ticket is placed. */
const countOrDots = (count: number | null) => (count === null ? '…' : formatCount(count));

/** The waiting room: where the buyer stands, how many are ahead, how long, and a bar that fills. */
export function QueuePage(props: {
  eventName: string;
  opensAt: string;
  stage: QueueStage;
  ticket: QueueTicketFieldsFragment | null;
  aheadAtFirst: number | null;
  signedIn: boolean;
  joining: boolean;
  onJoin: () => void;
}) {
  const { ticket, stage } = props;
  const progress = progressOf(ticket?.aheadOfYou ?? null, props.aheadAtFirst);
  return (
    <section className="queue-page" aria-labelledby="queue-title" data-testid="queue-page">
      <h2 id="queue-title">Waiting room{props.eventName ? `: ${props.eventName}` : ''}</h2>
      <p>
        Sales open at <time dateTime={props.opensAt}>{formatDate(props.opensAt)}</time>. Everyone who joins before then gets a place drawn at random;
        after that, places go in order of arrival.
      </p>
      {stage === 'join' &&
        (props.signedIn ? (
          <button type="button" className="primary" disabled={props.joining} onClick={props.onJoin}>
            {props.joining ? 'Joining…' : 'Join the queue'}
          </button>
        ) : (
          <p>
            <a href="/login">Log in</a> to join the queue.
          </p>
        ))}
      {stage === 'before-opening' && <p className="queue-status" role="status">You are in. Your place is drawn when sales open; keep this page open.</p>}
      {stage === 'placing' && <p className="queue-status" role="status">Finding your place in the queue…</p>}
      {stage === 'waiting' && ticket && (
        <div className="queue-standing" role="status" aria-live="polite">
          <dl>
            <div>
              <dt>Your place</dt>
              <dd data-testid="queue-position">{countOrDots(ticket.position)}</dd>
            </div>
            <div>
              <dt>People ahead of you</dt>
              <dd data-testid="queue-ahead">{countOrDots(ticket.aheadOfYou)}</dd>
            </div>
            <div>
              <dt>Estimated wait</dt>
              <dd data-testid="queue-wait">{formatWait(ticket.estimatedWaitSeconds ?? null)}</dd>
            </div>
          </dl>
          <div className="queue-progress" role="progressbar" aria-label="Your progress in the queue" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
            <span style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
          <p className="hint">No need to refresh: this page moves by itself. When it is your turn you go straight to the seats.</p>
        </div>
      )}
      {stage === 'expired' && (
        <p className="queue-status error" role="alert">
          Your turn came and went: your admission ran out before you chose any seats.
        </p>
      )}
    </section>
  );
}
