import type { MapView } from './map-view.ts';

/** How long a tap's zoom takes on screen: short enough to feel instant, long enough to follow. */
export const ZOOM_TRANSITION_MS = 160;

/**
 * The CSS transform (origin at the canvas's top left) that carries a map drawn at `from` to
 * where `to` puts it: a map point at screen s under `from` lands at k * s + t, the screen
 * point `to` gives it.
 */
export function zoomTransform(from: MapView, to: MapView): string {
  const k = to.scale / from.scale;
  const tx = to.offsetX - k * from.offsetX;
  const ty = to.offsetY - k * from.offsetY;
  return `translate(${tx}px, ${ty}px) scale(${k})`;
}
