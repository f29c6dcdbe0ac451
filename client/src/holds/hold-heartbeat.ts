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

/** In its last minute a hold warns, whatever the reason it ends. */
export const WARNING_MS = 60_000;

export type HoldEndReason = 'cap' | 'away' | 'ending';

/**
 * When the hold really ends, and why: what the countdown shows. The server's `expiresAt` is
 * the inactivity window, which each heartbeat pushes forward while the buyer is here; counting
 * it down would show 3:00 jumping back at every beat. While the buyer is present the hold lasts
 * until its hard cap (`maxExpiresAt`); when they seem away, or the hold is in its last minute
 * anyway (the server's `expiringSoon`, or a heartbeat that no longer gets through), `expiresAt`
 * is the truth.
 */
export function holdEnd(hold: { expiresAt: string; maxExpiresAt: string; expiringSoon?: boolean }, now: number, present: boolean): { endsAt: number; reason: HoldEndReason } {
  const expiresAt = Date.parse(hold.expiresAt);
  const cap = Date.parse(hold.maxExpiresAt);
  const lastMinute = hold.expiringSoon === true || expiresAt - now <= WARNING_MS;
  if (cap <= expiresAt) return { endsAt: cap, reason: cap - now <= WARNING_MS ? 'ending' : 'cap' };
  if (lastMinute) return { endsAt: expiresAt, reason: 'ending' };
  return present ? { endsAt: cap, reason: 'cap' } : { endsAt: expiresAt, reason: 'away' };
}
