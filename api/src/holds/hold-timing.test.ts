import { describe, expect, it } from 'vitest';
import { coolDownEnds, holdDeadlines, isExpiringSoon, warningUntil } from './hold-timing.ts';

const policy = { lifeSeconds: 600, idleSeconds: 180, maxSeconds: 900, maxEvents: 3, warningSeconds: 60, cooldownSeconds: 120 };
const t0 = new Date('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('hold timing (the deadlines the inventory statements combine; see inventory/hold-timing.test.ts for the statements)', () => {
  it('a change at t gives 3 idle minutes, a 10-minute life and, for a new hold, a 15-minute cap', () => {
    expect(holdDeadlines(t0, policy)).toEqual({ now: t0, idleUntil: at(180), lifeUntil: at(600), capUntil: at(900), cooldownFrom: at(-120) });
  });

  it('a buyer whose hold reached its cap at c may hold seats of that event again at c + the cool-down', () => {
    expect(coolDownEnds(at(900), policy)).toEqual(at(1020));
    expect(coolDownEnds(at(900).toISOString(), policy)).toEqual(at(1020));
  });

  it('is "expiring soon" in its last minute while active, and never once ended or with warnings off', () => {
    const hold = { status: 'ACTIVE', expiresAt: at(180) };
    expect(warningUntil(t0, policy)).toEqual(at(60));
    expect(isExpiringSoon(hold, at(119), policy)).toBe(false);
    expect(isExpiringSoon(hold, at(120), policy)).toBe(true);
    expect(isExpiringSoon({ ...hold, expiresAt: at(180).toISOString() }, at(179), policy)).toBe(true);
    expect(isExpiringSoon(hold, at(180), policy)).toBe(false);
    expect(isExpiringSoon({ ...hold, status: 'RELEASED' }, at(150), policy)).toBe(false);
    expect(isExpiringSoon(hold, at(150), { warningSeconds: 0 })).toBe(false);
  });
});
