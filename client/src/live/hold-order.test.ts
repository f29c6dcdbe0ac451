import { describe, expect, it } from 'vitest';
import { isStaleHoldUpdate } from './hold-order.ts';

const active = (expiresAt: string) => ({ status: 'ACTIVE', expiresAt });

describe('hold updates that arrive out of order', () => {
  it('an active hold with an earlier expiry than the one known is stale; the same or a later one is not', () => {
    const known = active('2026-11-23T10:03:00.000Z');
    expect(isStaleHoldUpdate(active('2026-11-23T10:02:30.000Z'), known)).toBe(true);
    expect(isStaleHoldUpdate(active('2026-11-23T10:03:00.000Z'), known)).toBe(false);
    expect(isStaleHoldUpdate(active('2026-11-23T10:05:00.000Z'), known)).toBe(false);
  });

  it('an ended hold never comes back, and an ending always lands', () => {
    const ended = { status: 'EXPIRED', expiresAt: '2026-11-23T10:03:00.000Z' };
    expect(isStaleHoldUpdate(active('2026-11-23T10:04:00.000Z'), ended)).toBe(true);
    expect(isStaleHoldUpdate({ status: 'CHECKED_OUT', expiresAt: '2026-11-23T10:01:00.000Z' }, active('2026-11-23T10:03:00.000Z'))).toBe(false);
  });

  it('a hold not seen before is never stale', () => {
    expect(isStaleHoldUpdate(active('2026-11-23T10:03:00.000Z'), null)).toBe(false);
  });
});
