import { describe, expect, it } from 'vitest';
import { smallHall, statesOf } from '../test-support/venues.ts';
import { createSeatStateStore } from './seat-states.ts';

const manual = () => {
  const frames: (() => void)[] = [];
  return { schedule: (flush: () => void) => frames.push(flush), frame: () => frames.splice(0).forEach((flush) => flush()) };
};

describe('seat states outside the cache', () => {
  it('reads a snapshot into flat arrays with counts per section and tier, and a live update moves one seat and its counts', () => {
    const layout = smallHall();
    const clock = manual();
    const store = createSeatStateStore(layout, clock.schedule);
    expect(store.ready()).toBe(false);
    store.applySnapshot(statesOf(layout, { 0: { status: 'SOLD', version: 2 } }));
    clock.frame();
    expect(store.ready()).toBe(true);
    expect(store.status(0)).toBe('SOLD');
    expect(store.section(0)).toEqual({ available: layout.sections[0]!.count - 1, held: 0, sold: 1 });
    expect(store.total().available).toBe(layout.count - 1);

    const heard: number[][] = [];
    store.subscribe((dirty) => heard.push([...dirty]));
    expect(store.applyUpdate({ id: layout.ids[5]!, version: 2, status: 'HELD', heldByMe: false })).toBe(true);
    expect(heard).toEqual([]);
    clock.frame();
    expect(heard).toEqual([[5]]);
    expect(store.tier(layout.tier[5]!).held).toBe(1);
  });

  it('ignores an update that is not newer, and merges a later snapshot seat by seat, newest version winning', () => {
    const layout = smallHall();
    const store = createSeatStateStore(layout, () => undefined);
    store.applySnapshot(statesOf(layout));
    store.applyUpdate({ id: layout.ids[3]!, version: 4, status: 'SOLD' });
    expect(store.applyUpdate({ id: layout.ids[3]!, version: 3, status: 'AVAILABLE' })).toBe(false);
    expect(store.applyUpdate({ id: layout.ids[3]!, version: 4, status: 'AVAILABLE' })).toBe(false);
    // A snapshot a few ms behind the live stream does not undo seat 3, but brings seat 4's news.
    store.applySnapshot(statesOf(layout, { 3: { status: 'HELD', version: 3 }, 4: { status: 'HELD', version: 2 } }));
    expect(store.status(3)).toBe('SOLD');
    expect(store.status(4)).toBe('HELD');
    expect(store.version(3)).toBe(4);
  });

  it('shows Apollo’s overlay (an optimistic click) while it is as new as the server’s state, then the server again', () => {
    const layout = smallHall();
    const store = createSeatStateStore(layout, () => undefined);
    store.applySnapshot(statesOf(layout));
    store.setOverlay(2, { id: layout.ids[2]!, version: 2, status: 'HELD', heldByMe: true });
    expect([store.status(2), store.mine(2), store.version(2)]).toEqual(['HELD', true, 2]);
    // The server's own echo of the hold (same version) changes nothing.
    store.applyUpdate({ id: layout.ids[2]!, version: 2, status: 'HELD', heldByMe: true });
    expect(store.mine(2)).toBe(true);
    // Later the seat is someone else's (my hold expired, another buyer took it): the newer base wins.
    store.applyUpdate({ id: layout.ids[2]!, version: 4, status: 'HELD', heldByMe: false });
    expect([store.status(2), store.mine(2)]).toEqual(['HELD', false]);
    // The optimistic layer dropped (CONFLICT) with nothing under it: the server's state.
    store.setOverlay(2, null);
    expect(store.status(2)).toBe('HELD');
    expect(store.tier(layout.tier[2]!).held).toBe(1);
  });
});
