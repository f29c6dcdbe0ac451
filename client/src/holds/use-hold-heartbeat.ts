import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ExtendHoldMutation } from './holds.operations.ts';
import { HEARTBEAT_INTERVAL_MS, shouldBeat } from './hold-heartbeat.ts';
import { upsertMyHold } from './my-holds-cache.ts';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'scroll', 'touchstart'] as const;

/** Sends `extendHold` every 30 s while the buyer is present (see `shouldBeat`). */
export function useHoldHeartbeat(holdId: string | null): void {
  const client = useApolloClient();
  const presence = useRef({ lastActivityAt: Date.now(), hiddenSince: null as number | null });

  useEffect(() => {
    const onActivity = () => (presence.current.lastActivityAt = Date.now());
    const onVisibility = () => (presence.current.hiddenSince = document.visibilityState === 'hidden' ? Date.now() : null);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  useEffect(() => {
    if (!holdId) return;
    const timer = setInterval(() => {
      const beat = shouldBeat({ now: Date.now(), visible: document.visibilityState === 'visible', ...presence.current });
      if (!beat) return;
      client
        .mutate({ mutation: ExtendHoldMutation, variables: { holdId } })
        .then(({ data }) => data && upsertMyHold(client.cache, data.extendHold))
        // A failed beat is not news: the hold's own status (holdUpdated) says when it is gone.
        .catch(() => undefined);
    }, HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [client, holdId]);
}
