import { describe, expect, it } from 'vitest';
import { extendHoldTimes, isExpiringSoon, isHoldLive, newHoldTimes, touchHoldTimes } from './hold-timing.ts';

const policy = { lifeSeconds: 600, idleSeconds: 180, maxSeconds: 900, maxEvents: 3, warningSeconds: 60 };
const t0 = new Date('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('hold timing', () => {
  it('a new hold is released after 3 idle minutes, its life is 10 minutes and its cap 15', () => {
    const times = newHoldTimes(t0, policy);
    expect(times.expiresAt).toEqual(at(180));
    expect(times.lifeEndsAt).toEqual(at(600));
    expect(times.maxExpiresAt).toEqual(at(900));
  });

  it('activity restarts the inactivity clock but not the life', () => {
    let times = newHoldTimes(t0, policy);
    for (let s = 60; s <= 540; s += 60) times = touchHoldTimes(times, at(s), policy);
    expect(times.expiresAt).toEqual(at(600));
    expect(isHoldLive(times, at(599))).toBe(true);
    expect(isHoldLive(times, at(600))).toBe(false);
  });

  it('heartbeats extend the life but never past the hard cap, however many', () => {
    let times = newHoldTimes(t0, policy);
    for (let s = 30; s <= 3600; s += 30) times = extendHoldTimes(times, at(s), policy);
    expect(times.expiresAt).toEqual(at(900));
    expect(times.lifeEndsAt).toEqual(at(900));
    expect(isHoldLive(times, at(900))).toBe(false);
  });

  it('a heartbeat after a pause of more than the idle limit does not matter once expired', () => {
    const times = newHoldTimes(t0, policy);
    expect(isHoldLive(times, at(181))).toBe(false);
  });

  it('is "expiring soon" in its last minute while active, and never once ended or with warnings off', () => {
    const hold = { status: 'ACTIVE', expiresAt: at(180) };
    expect(isExpiringSoon(hold, at(119), policy)).toBe(false);
    expect(isExpiringSoon(hold, at(120), policy)).toBe(true);
    expect(isExpiringSoon({ ...hold, expiresAt: at(180).toISOString() }, at(179), policy)).toBe(true);
    expect(isExpiringSoon(hold, at(180), policy)).toBe(false);
    expect(isExpiringSoon({ ...hold, status: 'RELEASED' }, at(150), policy)).toBe(false);
    expect(isExpiringSoon(hold, at(150), { warningSeconds: 0 })).toBe(false);
  });
});
