import { describe, expect, it } from 'vitest';
import { LocalFanout } from './local-fanout.ts';

describe('local fan-out', () => {
  it('knows which channels have a subscriber of this process: one is listened to from its first read until it is closed', async () => {
    const fanout = new LocalFanout();
    expect(fanout.listening('seat:1')).toBe(false);
    const seats = fanout.subscribe('seat', 1);
    const first = seats.next();
    expect(fanout.listening('seat:1')).toBe(true);
    expect(fanout.listening('seat:2')).toBe(false);
    fanout.deliver('seat:1', { id: 7, version: 2 });
    expect((await first).value).toEqual({ id: 7, version: 2 });
    await seats.return!();
    expect(fanout.listening('seat:1')).toBe(false);
  });
});
