import { describe, expect, it } from 'vitest';
import { clampView, fitBox, MAX_SCALE, ROW_LABEL_MIN_PX, ROW_LABELS_FROM, rowLabelPx, sectionView, takeScale, toMap, zoomAround } from './map-view.ts';

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
    // 8 px text fits between rows 1.2 seat widths apart.
    expect(ROW_LABELS_FROM * 1.2).toBeGreaterThan(ROW_LABEL_MIN_PX * 1.5);
  });

  it('labels the rows of a section clicked at the zoom that fits it on a 1280 x 800 screen (13.9 px per seat)', () => {
    // Section 106 of the demo arena: 33.7 x 35.7 seat widths, on a map 900 x 544 px.
    const view = sectionView({ minX: 10, minY: 20, maxX: 43.7, maxY: 55.7 }, 900, 544, 18);
    expect(view.scale).toBeCloseTo(13.9, 1);
    expect(rowLabelPx(view.scale)).toBe(8);
  });

  it('a section that fits only at a zoom a little below the labels’ is zoomed to the labels’, centred and still whole', () => {
    // A floor block of the arena, 43 seat widths deep: 11.5 px per seat with room around it, 12.6 without.
    const section = { minX: -30, minY: -20, maxX: -10, maxY: 23 };
    expect(fitBox(section, 900, 544, 24).scale).toBeLessThan(ROW_LABELS_FROM);
    const view = sectionView(section, 900, 544, 18);
    expect(view.scale).toBe(ROW_LABELS_FROM);
    expect(rowLabelPx(view.scale)).toBe(ROW_LABEL_MIN_PX);
    expect(toMap(view, 450, 272)).toEqual({ x: -20, y: 1.5 });
    const [topLeft, bottomRight] = [toMap(view, 0, 0), toMap(view, 900, 544)];
    expect(topLeft.y).toBeLessThanOrEqual(section.minY);
    expect(bottomRight.y).toBeGreaterThanOrEqual(section.maxY);
  });

  it('a section too big for the labels’ zoom is shown whole, and none is zoomed past the pointer’s limit', () => {
    const big = { minX: 0, minY: 0, maxX: 80, maxY: 60 };
    expect(sectionView(big, 390, 480, 28.8)).toEqual(fitBox(big, 390, 480, 24));
    const tiny = { minX: 0, minY: 0, maxX: 4, maxY: 2 };
    expect(sectionView(tiny, 900, 544, 18).scale).toBe(18);
  });
});
