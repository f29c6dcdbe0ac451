import { shouldBeat } from './hold-heartbeat.ts';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'scroll', 'touchstart', 'wheel'] as const;

/** Whether the buyer is here (see `shouldBeat`), read by the heartbeat and by the countdown. */
export interface Presence {
  isPresent(now?: number): boolean;
}

let shared: Presence | null = null;

/** One tracker per page: window listeners for input and visibility, attached on first use. */
export function presence(): Presence {
  if (shared) return shared;
  const state = { lastActivityAt: Date.now(), hiddenSince: null as number | null };
  if (typeof window !== 'undefined') {
    const onActivity = () => (state.lastActivityAt = Date.now());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', () => (state.hiddenSince = document.visibilityState === 'hidden' ? Date.now() : null));
  }
  shared = {
    isPresent: (now = Date.now()) =>
      shouldBeat({ now, visible: typeof document === 'undefined' || document.visibilityState === 'visible', ...state }),
  };
  return shared;
}
