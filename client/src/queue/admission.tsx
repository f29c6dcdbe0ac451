import { createContext, useContext, type ReactNode } from 'react';
import { formatCountdown, remainingMs } from '../holds/hold-heartbeat.ts';
import { useServerNow } from '../ui/use-server-now.ts';

/** Until when the buyer's admission lets them add seats (null: the event has no waiting room). */
const AdmissionContext = createContext<string | null>(null);

export function AdmissionProvider({ until, children }: { until: string | null; children: ReactNode }) {
  return <AdmissionContext value={until}>{children}</AdmissionContext>;
}

export const useAdmissionUntil = () => useContext(AdmissionContext);

/** The admission's time, shown beside the hold's: how long the buyer may still add seats and tickets. */
export function AdmissionClock() {
  const until = useAdmissionUntil();
  const left = until === null ? 0 : remainingMs(until, useServerNow());
  if (until === null) return null;
  if (left === 0) return <p className="admission-clock over">Your admission has ended: check out what you hold.</p>;
  return (
    <p className="admission-clock">
      Admitted: <time data-testid="admission-countdown">{formatCountdown(left)}</time> left to choose seats
    </p>
  );
}
