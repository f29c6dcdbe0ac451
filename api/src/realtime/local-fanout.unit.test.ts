import { describe, expect, it } from 'vitest';
import { LocalFanout } from './local-fanout.ts';

describe('local fan-out', () => {
  it('knows which channels have a subscriber of this process: one is listened to from its subscribing until it is closed', async () => {
    const fanout = new LocalFanout();
    expect(fanout.listening('seat:1')).toBe(false);
    const seats = fanout.subscribe('seat', 1);
    expect(fanout.listening('seat:1')).toBe(true);
    const first = seats.next();
    expect(fanout.listening('seat:2')).toBe(false);
    fanout.deliver('seat:1', { id: 7, version: 2 });
    expect((await first).value).toEqual({ id: 7, version: 2 });
    await seats.return!();
    expect(fanout.listening('seat:1')).toBe(false);
  });

  it('a subscriber gets what is published after it subscribes, before its first read (a resolver reads state in between), in order', async () => {
    const fanout = new LocalFanout();
    const queue = fanout.subscribe('queue', 3);
    fanout.deliver('queue:3', { id: 3, version: 5 });
    fanout.deliver('queue:3', { id: 3, version: 6 });
    expect((await queue.next()).value).toEqual({ id: 3, version: 5 });
    expect((await queue.next()).value).toEqual({ id: 3, version: 6 });
    expect(await queue.return!()).toEqual({ done: true, value: undefined });
    expect(fanout.listening('queue:3')).toBe(false);
    expect((await queue.next()).done).toBe(true);
  });
});
