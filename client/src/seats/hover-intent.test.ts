import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, HOVER_REST_MS } from './hover-intent.ts';

describe('hover intent', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const track = () => {
    const calls: string[] = [];
    const intent = createHoverIntent((seat) => calls.push(`show ${seat}`), () => calls.push('hide'));
    return { calls, intent };
  };

  it('shows the card of the seat the pointer rests on, not of the seats it sweeps across', () => {
    const { calls, intent } = track();
    for (const seat of [1, 2, 3, 4]) {
      intent.over(seat);
      vi.advanceTimersByTime(HOVER_REST_MS / 4);
    }
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(HOVER_REST_MS);
    expect(calls).toEqual(['show 4']);
    // Moving within the same seat changes nothing.
    intent.over(4);
    vi.advanceTimersByTime(HOVER_REST_MS * 2);
    expect(calls).toEqual(['show 4']);
  });

  it('hides a shown card as soon as the pointer leaves its seat, and shows the next after a rest', () => {
    const { calls, intent } = track();
    intent.over(7);
    vi.advanceTimersByTime(HOVER_REST_MS);
    intent.over(8);
    expect(calls).toEqual(['show 7', 'hide']);
    intent.over(-1);
    intent.over(9);
    vi.advanceTimersByTime(HOVER_REST_MS);
    expect(calls).toEqual(['show 7', 'hide', 'show 9']);
  });

  it('a press cancels the pending card; the same seat shows again after the next rest', () => {
    const { calls, intent } = track();
    intent.over(5);
    intent.cancel();
    vi.advanceTimersByTime(HOVER_REST_MS * 2);
    expect(calls).toEqual([]);
    intent.over(5);
    vi.advanceTimersByTime(HOVER_REST_MS);
    expect(calls).toEqual(['show 5']);
  });
});
