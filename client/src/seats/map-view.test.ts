import { describe, expect, it } from 'vitest';
import { clampView, fitBox, MAX_SCALE, ROW_LABEL_MIN_PX, ROW_LABELS_FROM, rowLabelPx, takeScale, toMap, zoomAround } from './map-view.ts';

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

  it('shows row labels only at a zoom where their text is at least 8 px, and never above 13 px', () => {
    expect(rowLabelPx(ROW_LABELS_FROM - 0.01)).toBeNull();
    expect(rowLabelPx(9)).toBeNull();
    for (let scale = ROW_LABELS_FROM; scale <= MAX_SCALE; scale += 0.25) {
      const px = rowLabelPx(scale);
      expect(px).toBeGreaterThanOrEqual(ROW_LABEL_MIN_PX);
      expect(px).toBeLessThanOrEqual(13);
    }
    expect(ROW_LABEL_MIN_PX).toBe(8);
  });
});
