import { describe, expect, it } from 'vitest';
import { formatCountdown, holdEnd, remainingMs, shouldBeat } from './hold-heartbeat.ts';

const now = 1_000_000;

describe('hold heartbeat', () => {
  it('beats while the tab is visible and the buyer did something recently', () => {
    expect(shouldBeat({ now, visible: true, lastActivityAt: now - 20_000, hiddenSince: null })).toBe(true);
    expect(shouldBeat({ now, visible: true, lastActivityAt: now - 5 * 60_000, hiddenSince: null })).toBe(false);
  });

  it('keeps beating for a 60 s grace after the tab is hidden, then stops', () => {
    expect(shouldBeat({ now, visible: false, lastActivityAt: now, hiddenSince: now - 30_000 })).toBe(true);
    expect(shouldBeat({ now, visible: false, lastActivityAt: now, hiddenSince: now - 61_000 })).toBe(false);
  });

  it('counts down to zero and never below', () => {
    expect(formatCountdown(remainingMs(new Date(now + 125_000).toISOString(), now))).toBe('2:05');
    expect(remainingMs(new Date(now - 1).toISOString(), now)).toBe(0);
  });
});

describe('when a hold really ends', () => {
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  it('at its cap while the buyer is here, at the idle window when they are away', () => {
    expect(holdEnd({ expiresAt: at(3), maxExpiresAt: at(15) }, now, true)).toEqual({ endsAt: now + 15 * 60_000, reason: 'cap' });
    expect(holdEnd({ expiresAt: at(3), maxExpiresAt: at(15) }, now, false)).toEqual({ endsAt: now + 3 * 60_000, reason: 'away' });
  });

  it('in its last minute the nearer end is the truth, present or not', () => {
    expect(holdEnd({ expiresAt: at(0.5), maxExpiresAt: at(15) }, now, true)).toEqual({ endsAt: now + 30_000, reason: 'ending' });
    expect(holdEnd({ expiresAt: at(2), maxExpiresAt: at(15), expiringSoon: true }, now, true).reason).toBe('ending');
    expect(holdEnd({ expiresAt: at(0.8), maxExpiresAt: at(0.8) }, now, true)).toEqual({ endsAt: now + 48_000, reason: 'ending' });
  });
});
