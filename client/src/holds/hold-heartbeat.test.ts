import { describe, expect, it } from 'vitest';
import { formatCountdown, remainingMs, shouldBeat } from './hold-heartbeat.ts';

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
