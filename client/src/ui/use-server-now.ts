import { useEffect, useState } from 'react';
import { useAppServices } from '../app-services.tsx';

/**
 * The server's current time, refreshed every `intervalMs`: countdowns to times the server set
 * (a hold's `expiresAt`) must not trust the browser's clock, which may be minutes off.
 */
export function useServerNow(intervalMs = 1000): number {
  const { serverClock } = useAppServices();
  const [now, setNow] = useState(() => serverClock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(serverClock.now()), intervalMs);
    return () => clearInterval(timer);
  }, [serverClock, intervalMs]);
  return now;
}
