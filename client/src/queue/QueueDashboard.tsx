import { formatCount, formatDate } from '../ui/format.ts';
import { useQueueStats } from './use-queue-stats.ts';

/** The organiser's live view of the waiting room: waiting, admitted, holding, pushed after every step. */
export function QueueDashboard({ eventId }: { eventId: string }) {
  const queue = useQueueStats(eventId);
  if (!queue) return null;
  const stats = queue.stats;
  return (
    <section className="queue-dashboard" aria-labelledby="queue-dashboard-title">
      <h3 id="queue-dashboard-title">Waiting room</h3>
      <p>
        Opens <time dateTime={String(queue.opensAt)}>{formatDate(String(queue.opensAt))}</time> · {formatCount(queue.admitPerMinute)} admitted a minute · {formatCount(queue.admissionMinutes)}{' '}
        minutes each
        {queue.shuffleSeed && <> · shuffle seed <code title="SHA-256(seed || ticket id) orders the early joiners">{queue.shuffleSeed.slice(0, 12)}…</code></>}
      </p>
      {stats && (
        <dl className="queue-stats" aria-live="polite">
          <div>
            <dt>Waiting</dt>
            <dd data-testid="queue-waiting">{formatCount(stats.waiting)}</dd>
          </div>
          <div>
            <dt>Admitted now</dt>
            <dd data-testid="queue-admitted">{formatCount(stats.admitted)}</dd>
          </div>
          <div>
            <dt>Holding seats</dt>
            <dd data-testid="queue-holding">{formatCount(stats.holding)}</dd>
          </div>
          <div>
            <dt>Admitted in the last minute</dt>
            <dd>{formatCount(stats.admittedLastMinute)}</dd>
          </div>
          <div>
            <dt>Turns that ran out</dt>
            <dd>{formatCount(stats.expired)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
