import { useServerNow } from '../ui/use-server-now.ts';
import { formatCountdown, remainingMs } from './hold-heartbeat.ts';

const WARNING_MS = 60_000;

/** Time left on the server's clock; the last-minute warning also when the server announced it (`expiringSoon`). */
export function HoldCountdown({ expiresAt, expiringSoon = false }: { expiresAt: string; expiringSoon?: boolean }) {
  const left = remainingMs(expiresAt, useServerNow());
  const warning = expiringSoon || left <= WARNING_MS;
  if (left === 0) {
    return (
      <p className="hold-expired" role="alert">
        Your hold has expired: the seats are going back on sale.
      </p>
    );
  }
  return (
    <p className={warning ? 'hold-countdown warning' : 'hold-countdown'}>
      Held for <time data-testid="hold-countdown">{formatCountdown(left)}</time>
      {warning && <span role="alert"> — less than a minute left: check out now to keep your seats.</span>}
    </p>
  );
}
