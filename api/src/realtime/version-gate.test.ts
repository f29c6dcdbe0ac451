import { describe, expect, it } from 'vitest';
import { LocalFanout } from './local-fanout.ts';
import { VersionGate } from './version-gate.ts';

describe('VersionGate', () => {
  it('drops a version older than or equal to one already delivered for the same row', () => {
    const gate = new VersionGate();
    expect(gate.admit('seat:1', { id: 7, version: 5 })).toBe(true);
    expect(gate.admit('seat:1', { id: 7, version: 4 })).toBe(false);
    expect(gate.admit('seat:1', { id: 7, version: 5 })).toBe(false);
    expect(gate.admit('seat:1', { id: 7, version: 6 })).toBe(true);
    expect(gate.dropped).toBe(2);
  });

  it('keeps rows and channels apart, and lets unversioned payloads through', () => {
    const gate = new VersionGate();
    expect(gate.admit('seat:1', { id: 7, version: 5 })).toBe(true);
    expect(gate.admit('seat:1', { id: 8, version: 1 })).toBe(true);
    expect(gate.admit('tier:1', { id: 7, version: 1 })).toBe(true);
    expect(gate.admit('hold:3', { id: 7, status: 'ACTIVE' })).toBe(true);
    expect(gate.admit('hold:3', { id: 7, status: 'ACTIVE' })).toBe(true);
  });

  it('forgets the least recently changed row when full', () => {
    const gate = new VersionGate(2);
    gate.admit('seat:1', { id: 1, version: 3 });
    gate.admit('seat:1', { id: 2, version: 3 });
    gate.admit('seat:1', { id: 1, version: 4 });
    gate.admit('seat:1', { id: 3, version: 1 });
    // Row 1 changed after row 2, so it is still remembered; row 2 was forgotten and an old version passes.
    expect(gate.admit('seat:1', { id: 1, version: 4 })).toBe(false);
    expect(gate.admit('seat:1', { id: 2, version: 2 })).toBe(true);
  });
});

describe('LocalFanout', () => {
  it('delivers a row’s versions in order even when they are handed over out of order', async () => {
    const fanout = new LocalFanout();
    const updates = fanout.subscribe('seat', 1);
    const first = updates.next();
    fanout.deliver('seat:1', { id: 7, version: 5 });
    fanout.deliver('seat:1', { id: 7, version: 4 });
    fanout.deliver('seat:1', { id: 7, version: 6 });
    expect((await first).value).toEqual({ id: 7, version: 5 });
    expect((await updates.next()).value).toEqual({ id: 7, version: 6 });
    expect(fanout.reordered).toBe(1);
    await updates.return?.();
  });
});
