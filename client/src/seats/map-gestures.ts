/**
 * Pointer gestures on the map, as a small state machine fed by pointer events: one pointer
 * that moves pans, two pinch (zoom around their midpoint, pan with it), and one that goes down
 * and up without moving is a tap. Pure, so the arithmetic is tested without a browser.
 */
export type Gesture =
  | { kind: 'none' }
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'pinch'; factor: number; x: number; y: number; dx: number; dy: number }
  | { kind: 'tap'; x: number; y: number; pointerType: string };

/** A pointer that moves more than this between down and up pans instead of tapping. */
export const TAP_SLOP_PX = 8;

interface Tracked {
  x: number;
  y: number;
  startX: number;
  startY: number;
  type: string;
}

export interface GestureTracker {
  down(id: number, x: number, y: number, pointerType: string): void;
  move(id: number, x: number, y: number): Gesture;
  up(id: number, x: number, y: number): Gesture;
  cancel(id: number): void;
  /** Pointers down now (two or more: a pinch). */
  count(): number;
}

const NONE: Gesture = { kind: 'none' };

export function createGestureTracker(): GestureTracker {
  const pointers = new Map<number, Tracked>();
  // A gesture that ever had two pointers, or moved, is no tap.
  let tapPossible = false;
  let moved = false;

  const midpoint = () => {
    const [a, b] = [...pointers.values()];
    return { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, distance: Math.hypot(a!.x - b!.x, a!.y - b!.y) };
  };

  return {
    down(id, x, y, pointerType) {
      if (pointers.size === 0) {
        tapPossible = true;
        moved = false;
      } else tapPossible = false;
      pointers.set(id, { x, y, startX: x, startY: y, type: pointerType });
    },
    move(id, x, y) {
      const pointer = pointers.get(id);
      if (!pointer) return NONE;
      if (pointers.size >= 2) {
        const before = midpoint();
        pointer.x = x;
        pointer.y = y;
        const after = midpoint();
        moved = true;
        return { kind: 'pinch', factor: before.distance > 0 ? after.distance / before.distance : 1, x: after.x, y: after.y, dx: after.x - before.x, dy: after.y - before.y };
      }
      if (!moved && Math.hypot(x - pointer.startX, y - pointer.startY) < TAP_SLOP_PX) return NONE;
      const gesture: Gesture = { kind: 'pan', dx: x - pointer.x, dy: y - pointer.y };
      moved = true;
      tapPossible = false;
      pointer.x = x;
      pointer.y = y;
      return gesture;
    },
    up(id, x, y) {
      const pointer = pointers.get(id);
      pointers.delete(id);
      if (!pointer || !tapPossible || moved || pointers.size > 0) return NONE;
      tapPossible = false;
      return { kind: 'tap', x, y, pointerType: pointer.type };
    },
    cancel(id) {
      pointers.delete(id);
      tapPossible = false;
    },
    count: () => pointers.size,
  };
}
