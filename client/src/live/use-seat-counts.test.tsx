import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallHall, statesOf } from '../test-support/venues.ts';
import { createSeatStateStore } from './seat-states.ts';
import { useSeatCounts } from './use-seat-counts.ts';

describe('counts beside the map', () => {
  afterEach(() => vi.useRealTimers());

  it('follow the store at most every 250 ms, however many seats change in between', () => {
    vi.useFakeTimers();
    const layout = smallHall();
    const store = createSeatStateStore(layout, (flush) => flush());
    store.applySnapshot(statesOf(layout));
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useSeatCounts(store);
    });
    const before = renders;
    act(() => {
      for (let k = 0; k < 10; k++) store.applyUpdate({ id: layout.ids[k]!, version: 2, status: 'SOLD' });
    });
    expect(renders).toBe(before);
    act(() => vi.advanceTimersByTime(250));
    expect(renders).toBe(before + 1);
    expect(result.current).toBe(store.countsVersion());
    expect(store.total().sold).toBe(10);
  });
});
