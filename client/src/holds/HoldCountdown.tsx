import { useServerNow } from '../ui/use-server-now.ts';
import { formatCountdown, remainingMs } from './hold-heartbeat.ts';

const WARNING_MS = 60_000;

export function HoldCountdown({ expiresAt }: { expiresAt: string }) {
  const left = remainingMs(expiresAt, useServerNow());
  if (left === 0) {
    return (
      <p className="hold-expired" role="alert">
        Your hold has expired: the seats are going back on sale.
      </p>
    );
  }
  return (
    <p className={left <= WARNING_MS ? 'hold-countdown warning' : 'hold-countdown'}>
      Held for <time data-testid="hold-countdown">{formatCountdown(left)}</time>
      {left <= WARNING_MS && <span role="alert"> — less than a minute left: check out now to keep your seats.</span>}
    </p>
  );
}
