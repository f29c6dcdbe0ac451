import { describe, expect, it } from 'vitest';
import { clampView, fitBox, takeScale, toMap, zoomAround } from './map-view.ts';

describe('the map view', () => {
  it('fits a box with padding, centred', () => {
    const view = fitBox({ minX: -50, minY: -25, maxX: 50, maxY: 25 }, 1000, 600, 0);
    expect(view.scale).toBe(10);
    expect(toMap(view, 500, 300)).toEqual({ x: 0, y: 0 });
  });

  it('zooms around the pointer: the seat under the fingers stays under them', () => {
    const view = { scale: 4, offsetX: 100, offsetY: 50 };
    const before = toMap(view, 230, 170);
    const zoomed = zoomAround(view, 3, 230, 170, 1);
    expect(zoomed.scale).toBe(12);
    const after = toMap(zoomed, 230, 170);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAround(view, 100, 0, 0, 1).scale).toBe(64);
  });

  it('never loses the venue off screen', () => {
    const box = { minX: 0, minY: 0, maxX: 10, maxY: 10 };
    expect(clampView({ scale: 10, offsetX: -5000, offsetY: 0 }, box, 400, 400).offsetX).toBe(-20);
  });

  it('takes seats with a finger only when they are at least 24 px', () => {
    expect(takeScale('touch')).toBe(24);
    expect(takeScale('mouse')).toBeLessThan(24);
  });
});
