import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { graphql } from '../generated/index.ts';
import type { SeatOnMapFragment } from '../generated/graphql.ts';
import { drawSeatMap, fitView, repaintChangedSeats, type MapView } from './draw-seat-map.ts';
import { seatAccessibleName, seatLook } from './seat-appearance.ts';
import { neighbourSeat, seatAt, type Direction, type SeatLayout } from './seat-layout.ts';
import { useSeatLayout } from './use-seat-layout.ts';
import type { PendingSeats } from './pending-seats.ts';

export const SeatOnMapFragmentDocument = graphql(`
  fragment SeatOnMap on Seat {
    id
    eventId
    version
    status
    section
    row
    number
    x
    y
    heldByMe
    tier {
      id
    }
  }
`);

export interface MapTier {
  id: string;
  name: string;
  colour: string;
  price: string;
}

interface SeatMapProps {
  eventName: string;
  seats: readonly SeatOnMapFragment[];
  tiers: ReadonlyMap<string, MapTier>;
  pendingIds: ReadonlySet<string>;
  /** Seats with a request in flight; the map repaints them itself, synchronously (see below). */
  pendingStore?: PendingSeats;
  onActivate: (seat: SeatOnMapFragment) => void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const MAP_HEIGHT = 480;
/** A pointer that moves more than this between down and up pans instead of clicking. */
const CLICK_SLOP_PX = 5;

/**
 * The seat map on one canvas: 20,000 seats are one draw call per colour, not 20,000 React
 * components. A single focusable button follows the keyboard cursor and carries the focused
 * seat's accessible name; the list view beside the map offers every available seat to screen readers.
 */
export function SeatMap({ eventName, seats, tiers, pendingIds, pendingStore, onActivate }: SeatMapProps) {
  const layout = useSeatLayout(seats);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const focusRef = useRef<HTMLButtonElement>(null);
  const viewRef = useRef<MapView | null>(null);
  const paintedRef = useRef<{ view: MapView | null; layout: SeatLayout | null; frame: string; colours: string[] }>({ view: null, layout: null, frame: '', colours: [] });
  const sizeRef = useRef({ width: 0, height: MAP_HEIGHT });
  const [focused, setFocused] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef({ seats, pendingIds, focused, tiers });
  latest.current = { seats, pendingIds, focused, tiers };

  const draw = useCallback(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    const { width, height } = sizeRef.current;
    if (!canvas || !context || width === 0) return;
    const view = (viewRef.current ??= fitView(layout, width, height));
    const tierColours = new Map([...latest.current.tiers].map(([id, tier]) => [id, tier.colour]));
    const input = { ...latest.current, layout, tierColours, view, width, height, pixelRatio: window.devicePixelRatio || 1 };
    // Same frame geometry as last time (no pan, zoom, resize or new map): only statuses moved.
    const frame = `${width}x${height}:${input.pixelRatio}:${[...tierColours.values()].join()}`;
    const last = paintedRef.current;
    if (last.view === view && last.layout === layout && last.frame === frame && last.colours.length === latest.current.seats.length) {
      repaintChangedSeats(context, input, last.colours);
    } else {
      drawSeatMap(context, input, last.colours);
      paintedRef.current = { view, layout, frame, colours: last.colours };
    }
    canvas.dataset['scale'] = String(view.scale);
    canvas.dataset['offsetX'] = String(view.offsetX);
    canvas.dataset['offsetY'] = String(view.offsetY);
    placeFocusButton(focusRef.current, latest.current.seats[latest.current.focused], view);
    // Chromium's own timeline then tells the benchmark when a change reached the screen.
    performance.clearMarks('seat-map:draw');
    performance.mark('seat-map:draw');
  }, [layout]);

  const frame = useRef(0);
  const scheduleDraw = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(draw);
  }, [draw]);

  // Statuses changed: repaint before the browser paints this frame.
  useLayoutEffect(draw, [draw, seats, pendingIds, focused, tiers]);

  // A click marks its seat pending and the map repaints right there, inside the click handler:
  // the same frame whatever React and the cache do next (the optimistic status follows).
  useEffect(() => {
    if (!pendingStore) return;
    return pendingStore.subscribe(() => {
      latest.current = { ...latest.current, pendingIds: pendingStore.snapshot() };
      draw();
    });
  }, [pendingStore, draw]);

  useLayoutEffect(() => {
    const wrapper = wrapperRef.current;
    const canvas = canvasRef.current;
    if (!wrapper || !canvas) return;
    const resize = () => {
      const width = wrapper.clientWidth;
      const ratio = window.devicePixelRatio || 1;
      sizeRef.current = { width, height: MAP_HEIGHT };
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(MAP_HEIGHT * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${MAP_HEIGHT}px`;
      viewRef.current = null;
      draw();
    };
    resize();
    performance.mark('seat-map:interactive');
    const observer = new ResizeObserver(resize);
    observer.observe(wrapper);
    return () => observer.disconnect();
  }, [draw]);

  const zoomBy = useCallback(
    (factor: number, centerX = sizeRef.current.width / 2, centerY = sizeRef.current.height / 2) => {
      const view = viewRef.current;
      if (!view) return;
      const fitted = fitView(layout, sizeRef.current.width, sizeRef.current.height);
      const scale = Math.min(60, Math.max(fitted.scale * 0.8, view.scale * factor));
      const applied = scale / view.scale;
      viewRef.current = { scale, offsetX: centerX - (centerX - view.offsetX) * applied, offsetY: centerY - (centerY - view.offsetY) * applied };
      scheduleDraw();
    },
    [layout, scheduleDraw],
  );

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = canvas.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    drag.current = { x: event.clientX, y: event.clientY, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const start = drag.current;
    const view = viewRef.current;
    if (!start || !view) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < CLICK_SLOP_PX) return;
    start.moved = true;
    viewRef.current = { ...view, offsetX: view.offsetX + dx, offsetY: view.offsetY + dy };
    drag.current = { x: event.clientX, y: event.clientY, moved: true };
    scheduleDraw();
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const start = drag.current;
    drag.current = null;
    const view = viewRef.current;
    if (!start || start.moved || !view) return;
    const box = event.currentTarget.getBoundingClientRect();
    const index = seatAt(layout, (event.clientX - box.left - view.offsetX) / view.scale, (event.clientY - box.top - view.offsetY) / view.scale);
    const seat = seats[index];
    if (!seat) return;
    setFocused(index);
    if (!pendingIds.has(seat.id)) onActivate(seat);
  };

  const focusedSeat = seats[focused];
  const nameOf = (seat: SeatOnMapFragment) => {
    const tier = tiers.get(seat.tier.id);
    return seatAccessibleName(seat, tier?.name ?? '', tier?.price ?? '', seatLook(seat.status, seat.heldByMe, pendingIds.has(seat.id)));
  };

  const onFocusKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = neighbourSeat(layout, seats, focused, direction);
      setFocused(next);
      keepInView(next);
      const seat = seats[next];
      if (seat) setAnnouncement(nameOf(seat));
    } else if (event.key === '+' || event.key === '=') {
      zoomBy(1.25);
    } else if (event.key === '-') {
      zoomBy(0.8);
    }
  };

  const keepInView = (index: number) => {
    const seat = seats[index];
    const view = viewRef.current;
    if (!seat || !view) return;
    const { width, height } = sizeRef.current;
    const left = seat.x * view.scale + view.offsetX;
    const top = seat.y * view.scale + view.offsetY;
    const margin = view.scale * 2;
    let { offsetX, offsetY } = view;
    if (left < margin) offsetX += margin - left;
    if (left + view.scale > width - margin) offsetX -= left + view.scale - (width - margin);
    if (top < margin) offsetY += margin - top;
    if (top + view.scale > height - margin) offsetY -= top + view.scale - (height - margin);
    viewRef.current = { ...view, offsetX, offsetY };
  };

  const available = seats.reduce((count, seat) => count + (seat.status === 'AVAILABLE' ? 1 : 0), 0);

  return (
    <div className="seat-map" ref={wrapperRef}>
      <div className="seat-map-tools" role="toolbar" aria-label="Map zoom">
        <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => { viewRef.current = null; scheduleDraw(); }}>Fit</button>
      </div>
      <canvas
        ref={canvasRef}
        className="seat-map-canvas"
        role="img"
        aria-label={`Seat map of ${eventName}: ${seats.length} seats, ${available} available. Use the seat button after it with the arrow keys, or the list of available seats.`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
      />
      {focusedSeat && (
        <button
          ref={focusRef}
          type="button"
          className="seat-focus"
          aria-label={nameOf(focusedSeat)}
          aria-disabled={pendingIds.has(focusedSeat.id)}
          data-seat-id={focusedSeat.id}
          onKeyDown={onFocusKeyDown}
          onClick={() => {
            if (!pendingIds.has(focusedSeat.id)) onActivate(focusedSeat);
          }}
        />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function placeFocusButton(button: HTMLButtonElement | null, seat: { x: number; y: number } | undefined, view: MapView) {
  if (!button || !seat) return;
  const size = Math.max(view.scale, 12);
  button.style.left = `${seat.x * view.scale + view.offsetX + (view.scale - size) / 2}px`;
  button.style.top = `${seat.y * view.scale + view.offsetY + (view.scale - size) / 2}px`;
  button.style.width = `${size}px`;
  button.style.height = `${size}px`;
}
