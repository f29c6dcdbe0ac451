import { useRef } from 'react';
import { useConnectionStatus } from '../app-services.tsx';
import { staleCue } from './stale-cue.ts';

/** The stale cue for the current connection status, with the time the map stopped being live. */
export function useStaleCue(): string | null {
  const status = useConnectionStatus();
  const since = useRef<number | null>(null);
  if (status === 'live' || status === 'connecting') since.current = null;
  else since.current ??= Date.now();
  return staleCue(status, since.current);
}
