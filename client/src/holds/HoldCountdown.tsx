import { useServerNow } from '../ui/use-server-now.ts';
import { formatClockTime } from '../ui/format.ts';
import { formatCountdown, holdEnd, remainingMs } from './hold-heartbeat.ts';
import { presence } from './presence.ts';

interface CountdownHold {
  expiresAt: string;
  maxExpiresAt: string;
  expiringSoon?: boolean;
}

const WHY: Record<'cap' | 'away' | 'ending', (until: string) => string> = {
  cap: (until) => `Kept for you while you are on this page, until ${until} at the latest (the longest a hold lasts). Away for a few minutes and it is released.`,
  away: (until) => `You seem to be away, so it ends at ${until}: any click or key keeps it for you.`,
  ending: () => 'Less than a minute left: check out now to keep your seats.',
};

/** The time the hold really has, on the server's clock, and why the end is where it is. */
export function HoldCountdown({ hold, compact = false }: { hold: CountdownHold; compact?: boolean }) {
  const now = useServerNow();
  const { endsAt, reason } = holdEnd(hold, now, presence().isPresent());
  const left = remainingMs(new Date(endsAt).toISOString(), now);
  if (compact) {
    return (
      <span className={reason === 'ending' ? 'hold-countdown warning' : 'hold-countdown'} data-reason={reason}>
        <time data-testid="hold-bar-countdown" dateTime={new Date(endsAt).toISOString()}>{left === 0 ? 'Expired' : formatCountdown(left)}</time>
      </span>
    );
  }
  if (left === 0) {
    return (
      <p className="hold-expired" role="alert">
        Your hold has expired: the seats are going back on sale.
      </p>
    );
  }
  return (
    <div className={reason === 'ending' ? 'hold-countdown warning' : 'hold-countdown'} data-reason={reason}>
      <p>
        Held for <time data-testid="hold-countdown" dateTime={new Date(endsAt).toISOString()}>{formatCountdown(left)}</time>
      </p>
      <p className="hold-why" role={reason === 'ending' ? 'alert' : undefined}>
        {WHY[reason](formatClockTime(endsAt))}
      </p>
    </div>
  );
}
