import { describe, expect, it } from 'vitest';
import { createGestureTracker } from './map-gestures.ts';

describe('map gestures', () => {
  it('a pointer that goes down and up in place is a tap; one that moves pans', () => {
    const tracker = createGestureTracker();
    tracker.down(1, 100, 100, 'touch');
    expect(tracker.move(1, 103, 102)).toEqual({ kind: 'none' });
    expect(tracker.up(1, 103, 102)).toEqual({ kind: 'tap', x: 103, y: 102, pointerType: 'touch' });
    tracker.down(1, 100, 100, 'mouse');
    expect(tracker.move(1, 120, 100)).toEqual({ kind: 'pan', dx: 20, dy: 0 });
    expect(tracker.move(1, 125, 90)).toEqual({ kind: 'pan', dx: 5, dy: -10 });
    expect(tracker.up(1, 125, 90)).toEqual({ kind: 'none' });
  });

  it('two fingers moving apart pinch around their midpoint, and lifting them is no tap', () => {
    const tracker = createGestureTracker();
    tracker.down(1, 100, 200, 'touch');
    tracker.down(2, 200, 200, 'touch');
    const pinch = tracker.move(2, 300, 200);
    expect(pinch).toMatchObject({ kind: 'pinch', factor: 2, x: 200, y: 200, dx: 50, dy: 0 });
    expect(tracker.up(2, 300, 200)).toEqual({ kind: 'none' });
    expect(tracker.up(1, 100, 200)).toEqual({ kind: 'none' });
  });
});
