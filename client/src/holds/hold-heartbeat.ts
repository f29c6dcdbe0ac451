/**
 * When the heartbeat (`extendHold`) is due. The server releases a hold after 3 minutes without
 * activity, so the client beats only while the buyer is really there: the tab visible and some
 * input recently, or hidden for less than a grace period (a quick look at another tab must not
 * cost the seats; a forgotten tab must not keep them for 15 minutes).
 */
export const HEARTBEAT_INTERVAL_MS = 30_000;
export const HIDDEN_GRACE_MS = 60_000;
/** No input for this long and the buyer counts as away, even with the tab visible. */
export const ACTIVE_WINDOW_MS = 120_000;

export interface PresenceState {
  now: number;
  visible: boolean;
  lastActivityAt: number;
  /** When the tab became hidden; null while visible. */
  hiddenSince: number | null;
}

export function shouldBeat({ now, visible, lastActivityAt, hiddenSince }: PresenceState): boolean {
  if (!visible) return hiddenSince !== null && now - hiddenSince < HIDDEN_GRACE_MS;
  return now - lastActivityAt < ACTIVE_WINDOW_MS;
}

/** Milliseconds left, never negative; the panel's countdown. */
export function remainingMs(expiresAt: string, now: number): number {
  const end = Date.parse(expiresAt);
  return Number.isNaN(end) ? 0 : Math.max(0, end - now);
}

export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
