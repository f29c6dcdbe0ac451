import { describe, expect, it } from 'vitest';
import { zoomTransform } from './zoom-transition.ts';

/** Applies `translate(tx, ty) scale(k)` to a screen point, as the browser does with origin 0 0. */
function apply(transform: string, x: number, y: number): [number, number] {
  const [, tx, ty, k] = /translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(transform)!.map(Number) as [number, number, number, number];
  return [k * x + tx, k * y + ty];
}

describe('a tap zoom shown as a transform of the map drawn before it', () => {
  it('puts every map point where the new view draws it', () => {
    const from = { scale: 2, offsetX: 30, offsetY: -10 };
    const to = { scale: 14, offsetX: -820, offsetY: -410 };
    for (const [mx, my] of [[0, 0], [55, 20], [120.5, 80.25]] as const) {
      const [x, y] = apply(zoomTransform(from, to), mx * from.scale + from.offsetX, my * from.scale + from.offsetY);
      expect(x).toBeCloseTo(mx * to.scale + to.offsetX, 6);
      expect(y).toBeCloseTo(my * to.scale + to.offsetY, 6);
    }
  });

  it('is the identity when the view does not change', () => {
    expect(zoomTransform({ scale: 3, offsetX: 5, offsetY: 7 }, { scale: 3, offsetX: 5, offsetY: 7 })).toBe('translate(0px, 0px) scale(1)');
  });
});
