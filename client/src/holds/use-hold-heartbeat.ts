import { useEffect } from 'react';
import { HEARTBEAT_INTERVAL_MS } from './hold-heartbeat.ts';
import { presence } from './presence.ts';
import { useExtendHold } from './use-extend-hold.ts';

/** Sends `extendHold` every 30 s while the buyer is present (see `shouldBeat`). */
export function useHoldHeartbeat(holdId: string | null): void {
  const extend = useExtendHold();
  useEffect(() => {
    if (!holdId) return;
    const timer = setInterval(() => {
      if (presence().isPresent()) void extend(holdId);
    }, HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [extend, holdId]);
}
