/** How long the mouse rests on a seat before its card shows. */
export const HOVER_REST_MS = 120;

export interface HoverIntent {
  /** The pointer is over this seat now (-1: none). */
  over(seat: number): void;
  /** A press, a tap or the pointer leaving: nothing pending, and the next seat starts afresh. */
  cancel(): void;
}

/**
 * A seat's card for the mouse, shown once the pointer rests on a seat rather than at every seat
 * it crosses. Sweeping across a dense map would otherwise render the card for each seat passed,
 * each render a frame; and a frame just before a click keeps the compositor ticking, so the
 * click's own paint waits for the next vsync (17-24 ms on the arena) instead of coming at once.
 * A card already shown goes as soon as the pointer leaves its seat.
 */
export function createHoverIntent(show: (seat: number) => void, hide: () => void, restMs = HOVER_REST_MS): HoverIntent {
  let current = -1;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    over(seat) {
      if (seat === current) return;
      current = seat;
      clearTimeout(timer);
      if (shown) {
        shown = false;
        hide();
      }
      if (seat < 0) return;
      timer = setTimeout(() => {
        shown = true;
        show(seat);
      }, restMs);
    },
    cancel() {
      clearTimeout(timer);
      current = -1;
      shown = false;
    },
  };
}
