import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { seatPlace, type SeatMapLayout } from '../live/seat-map-layout.ts';
import type { SeatStateStore } from '../live/seat-states.ts';
import { drawSeatLayer, drawVenueLayer, isOverview, prepareZoom, PREPARE_CANVAS, repaintSeats, type VenueFrame } from './draw-venue.ts';
import { createGestureTracker } from './map-gestures.ts';
import { createHoverIntent } from './hover-intent.ts';
import { neighbourSeat, nextSection, type Direction } from './map-keyboard.ts';
import { centreOn, clampView, fitBox, MAX_SCALE, rowLabelPx, sectionView, takeScale, toMap, zoomAround, TAKE_WITH_MOUSE, type MapView } from './map-view.ts';
import type { PendingSeats } from './pending-seats.ts';
import { seatAccessibleName, seatLook } from './seat-appearance.ts';
import { SeatDetailsCard, type SeatDetails } from './SeatDetailsCard.tsx';
import { buildSeatIndex } from './seat-index.ts';
import { ZOOM_TRANSITION_MS, zoomTransform } from './zoom-transition.ts';
import { formatCount } from '../ui/format.ts';

/** A tier as the map shows it, by the tier's index in the layout's `tierIds`. */
export interface MapTier {
  name: string;
  price: string;
}

interface SeatMapProps {
  eventName: string;
  layout: SeatMapLayout;
  store: SeatStateStore;
  tiers: readonly MapTier[];
  /** Seats with a request in flight: drawn pending at once, inside the click (see below). */
  pendingSeats: PendingSeats;
  /** The buyer's filter: seats it leaves out are drawn hollow and not counted in the overview. */
  match: Uint8Array | null;
  /** Why the map may no longer be true (the live link or HTTP is down); null while live. */
  stale: string | null;
  /** The organiser's preview: no statuses, nothing to take. */
  preview?: boolean;
  /** A seat to show (the finder's "Show on map"): the map zooms to it and focuses it. */
  showSeat?: { index: number; nonce: number } | null;
  onActivate: (index: number) => void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** How close the keyboard's seat is drawn: big enough to read its number. */
const KEYBOARD_SCALE = 16;

const NO_PENDING: ReadonlySet<string> = new Set();

/** The most a click on a section zooms in: past where seats can be taken with that pointer. */
const sectionZoomLimit = (pointerType: string) => Math.max(takeScale(pointerType) * 1.2, TAKE_WITH_MOUSE * 2);

/**
 * Canvas pixels per CSS pixel: the screen's, at most 2. A 3x phone's full-resolution canvases
 * are 2.25 times the pixels to fill and composite for every frame; at 2x seats stay crisp.
 */
const pixelRatio = () => Math.min(2, window.devicePixelRatio || 1);

/**
 * The venue (stage, floor, sections, labels) and its seats on one canvas. One, not two stacked:
 * each canvas that changes is a layer Chromium copies out and composites for that frame, and on
 * a phone at 2-3 device pixels per CSS pixel the second one's copy (2-3 ms) pushed a zoom's
 * paint past the frame. 20,000 seats are a few fills per frame, and the overview draws sections
 * instead of seats. A live update repaints one seat, on the venue copied back from a canvas off
 * screen that holds the venue alone at the same view (drawn once the browser is idle after a
 * move, or at the first repaint that needs it). A single focusable button follows the keyboard's
 * seat and carries its accessible name; the seat finder beside the map lists seats as buttons.
 */
export function SeatMap({ eventName, layout, store, tiers, pendingSeats, match, stale, preview = false, showSeat, onActivate }: SeatMapProps) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  /** Where pointers are measured from: the stage, which a tap's zoom never moves (the canvas it does). */
  const stageBox = useCallback(() => wrapperRef.current!.getBoundingClientRect(), []);
  /** The venue alone, off screen (never in the page), and the view it was last drawn at. */
  const [venueCanvas] = useState(() => document.createElement('canvas'));
  const venueView = useRef<MapView | null>(null);
  const seatsRef = useRef<HTMLCanvasElement>(null);
  const focusRef = useRef<HTMLButtonElement>(null);
  const viewRef = useRef<MapView | null>(null);
  const sizeRef = useRef({ width: 0, height: 0 });
  const index = useMemo(() => buildSeatIndex(layout), [layout]);
  const [focused, setFocused] = useState(0);
  const [card, setCard] = useState<{ index: number; x: number; y: number } | null>(null);
  const hoverIntent = useMemo(
    () =>
      createHoverIntent(
        (seat) => {
          // A move of the map cancels a card on its way (setView), so the view is the one it was asked at.
          const view = viewRef.current;
          if (view && seat < layout.count) setCard({ index: seat, x: layout.x[seat]! * view.scale + view.offsetX, y: layout.y[seat]! * view.scale + view.offsetY });
        },
        () => setCard(null),
      ),
    [layout],
  );
  useEffect(() => () => hoverIntent.cancel(), [hoverIntent]);
  const cardIndex = useRef(-1);
  cardIndex.current = card?.index ?? -1;
  const [hint, setHint] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [, setTick] = useState(0);
  const latest = useRef({ match, focused, preview, onActivate });
  latest.current = { match, focused, preview, onActivate };

  const frameOf = useCallback((): VenueFrame | null => {
    const view = viewRef.current;
    const { width, height } = sizeRef.current;
    if (!view || width === 0) return null;
    return { layout, store, view, width, height, pixelRatio: pixelRatio(), pendingIds: preview ? NO_PENDING : pendingSeats.snapshot(), match: latest.current.match, preview };
  }, [layout, store, pendingSeats, preview]);

  const fitted = useCallback(() => fitBox(layout.bounds, sizeRef.current.width, sizeRef.current.height), [layout]);

  /** The venue alone at the frame's view, off screen, for repaintSeats to copy back under a seat. */
  const venueAt = useCallback(
    (frame: VenueFrame): HTMLCanvasElement => {
      if (venueView.current !== frame.view) {
        drawVenueLayer(opaqueContext(venueCanvas)!, frame);
        venueView.current = frame.view;
      }
      return venueCanvas;
    },
    [venueCanvas],
  );
  const venueRequest = useRef(0);

  /** A tap's zoom on its way (the canvas, drawn at the view before, moved by a CSS transform). */
  const zoomAnimation = useRef<Animation | null>(null);
  /** The view the canvas was last drawn at. */
  const drawnView = useRef<MapView | null>(null);

  /** The view as the page outside the canvas knows it: its data attributes (what tests aim by) and the focus button. */
  const showView = useCallback(
    (view: MapView) => {
      publishView(seatsRef.current!, view, fitted().scale, preview);
      placeFocusButton(focusRef.current, layout, latest.current.focused, view);
    },
    [fitted, layout, preview],
  );

  /** Draws the whole map now; every draw is marked so the benchmark sees when a change reached the canvas. */
  const draw = useCallback(() => {
    const frame = frameOf();
    const seats = opaqueContext(seatsRef.current);
    if (!frame || !seats) return;
    // Drawn at the view itself: a zoom on its way ends here.
    const animation = zoomAnimation.current;
    zoomAnimation.current = null;
    animation?.cancel();
    drawnView.current = frame.view;
    const started = performance.now();
    drawVenueLayer(seats, frame);
    drawSeatLayer(seats, frame);
    // The benchmark reads these: what a pan or zoom costs the main thread.
    performance.measure('seat-map:full-draw', { start: started });
    showView(frame.view);
    performance.mark('seat-map:draw');
    // The venue alone for later repaints, once the browser has a moment (not in this frame).
    cancelIdle(venueRequest.current);
    if (!isOverview(frame.view, frame.preview)) venueRequest.current = whenIdle(() => venueAt(frame));
  }, [frameOf, showView, venueAt]);

  const frameRequest = useRef(0);
  const scheduleDraw = useCallback(() => {
    cancelAnimationFrame(frameRequest.current);
    frameRequest.current = requestAnimationFrame(draw);
  }, [draw]);

  /**
   * Moves the map. A drag or a pinch sends many moves a frame, so they draw at the next animation
   * frame, once. A tap or click that zooms is one move: the map drawn so far is carried to the
   * new view by a CSS transform, animated on the compositor, and drawn sharp at the new view when
   * it arrives. The tap's next frame then only starts the transform: redrawing the whole canvas
   * in it (3-8 ms on a phone, then its raster, copy and composite) missed that frame about half
   * the time. With reduced motion, or no Web Animations, it draws at once, inside the event.
   */
  const setView = useCallback(
    (view: MapView, how: 'next-frame' | 'tap' = 'next-frame') => {
      const { width, height } = sizeRef.current;
      const from = drawnView.current;
      const next = clampView(view, layout.bounds, width, height);
      viewRef.current = next;
      hoverIntent.cancel();
      setCard(null);
      if (how === 'next-frame') return scheduleDraw();
      cancelAnimationFrame(frameRequest.current);
      const canvas = seatsRef.current;
      const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      if (!canvas || !from || still || typeof canvas.animate !== 'function') return draw();
      // A tap during a zoom carries on from where that zoom has got to (the canvas still holds
      // the map drawn at `from`), rather than jumping back to it.
      const under = zoomAnimation.current ? getComputedStyle(canvas).transform : 'none';
      zoomAnimation.current?.cancel();
      const animation = canvas.animate([{ transform: under }, { transform: zoomTransform(from, next) }], { duration: ZOOM_TRANSITION_MS, easing: 'ease-out', fill: 'forwards' });
      zoomAnimation.current = animation;
      // The view is the new one from now on (hit tests, the focus button, what tests aim at).
      showView(next);
      performance.mark('seat-map:zoom-transition');
      animation.finished.then(
        () => {
          if (zoomAnimation.current === animation) draw();
        },
        () => undefined,
      );
    },
    [layout, scheduleDraw, draw, showView, hoverIntent],
  );

  // Size the canvases to the wrapper (device pixels), and start at the whole venue.
  useLayoutEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    const resize = () => {
      const width = wrapper.clientWidth;
      const height = wrapper.clientHeight;
      if (width === sizeRef.current.width && height === sizeRef.current.height) return;
      const ratio = pixelRatio();
      for (const canvas of [venueCanvas, seatsRef.current]) {
        if (!canvas) continue;
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
      }
      venueView.current = null;
      seatsRef.current?.style.setProperty('width', `${width}px`);
      seatsRef.current?.style.setProperty('height', `${height}px`);
      sizeRef.current = { width, height };
      viewRef.current = fitted();
      draw();
    };
    resize();
    performance.mark('seat-map:interactive');
    const observer = new ResizeObserver(resize);
    observer.observe(wrapper);
    return () => observer.disconnect();
  }, [draw, fitted, venueCanvas]);

  useEffect(() => () => cancelIdle(venueRequest.current), []);

  // While the browser is idle after the first draw, ready each zoom a click on a section leads
  // to (its sprites and glyphs, see prepareZoom), so the draw that ends that click's zoom costs
  // what a warm redraw does.
  useEffect(() => {
    // Safari has no requestIdleCallback: there the first click on a section draws cold.
    if (preview || typeof requestIdleCallback !== 'function') return;
    const { width, height } = sizeRef.current;
    if (width === 0) return;
    const pointer = window.matchMedia?.('(pointer: coarse)').matches ? 'touch' : 'mouse';
    // One view per zoom (sections of one shape share theirs), keyed as the sprites are.
    const byZoom = new Map(layout.sections.map((section) => sectionView(section, width, height, sectionZoomLimit(pointer))).map((view) => [view.scale.toFixed(3), view]));
    const views = [...byZoom.values()];
    const scratch = document.createElement('canvas');
    scratch.width = PREPARE_CANVAS.width * pixelRatio();
    scratch.height = PREPARE_CANVAS.height * pixelRatio();
    let handle = 0;
    const prepare = (deadline: IdleDeadline) => {
      const frame = frameOf();
      while (frame && views.length > 0 && deadline.timeRemaining() > 4) {
        const started = performance.now();
        prepareZoom(scratch.getContext('2d')!, { ...frame, view: views.shift()! });
        performance.measure('seat-map:prepare-zoom', { start: started });
      }
      if (views.length > 0) handle = requestIdleCallback(prepare);
    };
    handle = requestIdleCallback(prepare);
    return () => cancelIdleCallback(handle);
  }, [layout, preview, frameOf]);

  // The filter changed: draw again.
  useEffect(() => {
    scheduleDraw();
  }, [match, scheduleDraw]);

  // Live changes: the store hands over the seats that changed, once per frame; only they are
  // repainted (the overview's section colours are drawn again instead).
  useEffect(
    () =>
      store.subscribe((dirty) => {
        const started = performance.now();
        const frame = frameOf();
        const seats = opaqueContext(seatsRef.current);
        // The canvas holds another view (a tap's zoom on its way, a draw due at the next frame):
        // the draw to come shows these.
        if (!frame || !seats || drawnView.current !== frame.view) return;
        if (isOverview(frame.view, frame.preview)) drawVenueLayer(seats, frame);
        else repaintSeats(seats, venueAt(frame), frame, dirty);
        performance.mark('seat-map:draw');
        // The benchmark adds this to the socket message's own cost: a live update's main-thread time.
        performance.measure('seat-map:live-repaint', { start: started });
        // The seat card and the focused seat's name say the seat's state: refresh them when theirs changed.
        const shown = cardIndex.current;
        if ((shown >= 0 && dirty.includes(shown)) || dirty.includes(latest.current.focused)) setTick((tick) => tick + 1);
      }),
    [store, frameOf, venueAt],
  );

  // A click marks its seat pending and the map repaints it right there, inside the click
  // handler: the same frame whatever React and the cache do next (the optimistic status follows).
  useEffect(() => {
    let known = pendingSeats.snapshot();
    return pendingSeats.subscribe(() => {
      const next = pendingSeats.snapshot();
      const changed = [...known, ...next].filter((id) => known.has(id) !== next.has(id));
      known = next;
      const frame = frameOf();
      const seats = opaqueContext(seatsRef.current);
      if (!frame || !seats || drawnView.current !== frame.view) return;
      repaintSeats(seats, venueAt(frame), frame, changed.map((id) => layout.indexOf.get(id)).filter((i): i is number => i !== undefined));
      performance.mark('seat-map:draw');
    });
  }, [pendingSeats, frameOf, layout, venueAt]);

  const zoomBy = useCallback(
    (factor: number, x = sizeRef.current.width / 2, y = sizeRef.current.height / 2, how: 'next-frame' | 'tap' = 'next-frame') => {
      const view = viewRef.current;
      if (view) setView(zoomAround(view, factor, x, y, fitted().scale * 0.8), how);
    },
    [setView, fitted],
  );

  /** Shows seat `target` at `scale` or more, centred if it is not on screen comfortably. */
  const bringIntoView = useCallback(
    (target: number, scale: number) => {
      const view = viewRef.current;
      if (!view) return;
      const { width, height } = sizeRef.current;
      const next = view.scale < scale ? { ...view, scale } : view;
      const x = layout.x[target]! * next.scale + next.offsetX;
      const y = layout.y[target]! * next.scale + next.offsetY;
      const margin = Math.min(width, height) * 0.2;
      if (next === view && x > margin && x < width - margin && y > margin && y < height - margin) return;
      setView(centreOn(layout.x[target]!, layout.y[target]!, next.scale, width / 2, height / 2));
    },
    [layout, setView],
  );

  useEffect(() => {
    if (!showSeat) return;
    latest.current.focused = showSeat.index;
    setFocused(showSeat.index);
    bringIntoView(showSeat.index, KEYBOARD_SCALE);
    focusRef.current?.focus({ preventScroll: true });
    wrapperRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [showSeat, bringIntoView]);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling; two fingers on a
  // phone, or one on a zoomed-in map, must not scroll the page either.
  useEffect(() => {
    const canvas = seatsRef.current;
    if (!canvas) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = stageBox();
      zoomBy(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    };
    const onTouchMove = (event: TouchEvent) => {
      if (event.touches.length >= 2 || canvas.dataset['zoomed'] === 'true') event.preventDefault();
    };
    const onTouchEnd = (event: TouchEvent) => {
      if (!tapTaken.current) return;
      tapTaken.current = false;
      event.preventDefault();
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    canvas.addEventListener('touchmove', onTouchMove, { passive: false });
    canvas.addEventListener('touchend', onTouchEnd, { passive: false });
    return () => {
      canvas.removeEventListener('wheel', onWheel);
      canvas.removeEventListener('touchmove', onTouchMove);
      canvas.removeEventListener('touchend', onTouchEnd);
    };
  }, [zoomBy, stageBox]);

  const gestures = useRef(createGestureTracker());
  /**
   * A finger's tap the map has acted on: its touchend (which follows the pointerup in the same
   * task) is cancelled, so the browser makes no gesture tap of it. That tap would otherwise run
   * in the next frame, before the map's new look is painted: a hit test, the compatibility
   * mouse events and a click, 3-5 ms of a 16 ms frame on a phone, for nothing the map uses.
   */
  const tapTaken = useRef(false);

  /** A tap or click: take the seat when it is big enough to aim at, otherwise zoom in toward it. */
  const tap = (screenX: number, screenY: number, pointerType: string) => {
    const view = viewRef.current;
    if (!view) return;
    const point = toMap(view, screenX, screenY);
    if (isOverview(view, latest.current.preview)) {
      const section = index.sectionAt(point.x, point.y);
      const target = section >= 0 ? layout.sections[section]! : null;
      if (target) setView(sectionView(target, sizeRef.current.width, sizeRef.current.height, sectionZoomLimit(pointerType)), 'tap');
      else zoomBy(2, screenX, screenY, 'tap');
      // The hint follows as a transition: React's render stays out of the tap's frame.
      startTransition(() => setHint(target ? `Section ${target.name}: ${pointerType === 'touch' ? 'tap' : 'click'} a seat to hold it.` : null));
      return;
    }
    const seat = index.seatAt(point.x, point.y);
    if (view.scale < takeScale(pointerType)) {
      // Seats this small are easy to miss: a tap near one zooms in to where seats can be aimed at.
      const factor = (takeScale(pointerType) * 1.15) / view.scale;
      zoomBy(factor, screenX, screenY, 'tap');
      startTransition(() => setHint(`Zoomed in so seats are big enough to ${pointerType === 'touch' ? 'tap' : 'click'}.`));
      return;
    }
    // The seat's own repaint happens inside onActivate, in this very event; the card and the
    // focus follow as a transition, so React's render never holds up that frame.
    latest.current.focused = seat >= 0 ? seat : latest.current.focused;
    if (seat >= 0 && !latest.current.preview) latest.current.onActivate(seat);
    startTransition(() => {
      setHint(null);
      if (seat < 0) return setCard(null);
      setFocused(seat);
      setCard({ index: seat, x: layout.x[seat]! * view.scale + view.offsetX, y: layout.y[seat]! * view.scale + view.offsetY });
    });
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = stageBox();
    gestures.current.down(event.pointerId, event.clientX - box.left, event.clientY - box.top, event.pointerType);
    // A press is a click or a drag coming, not a rest: the click shows its seat's card itself.
    hoverIntent.cancel();
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = stageBox();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const view = viewRef.current;
    if (gestures.current.count() === 0) {
      if (event.pointerType === 'mouse' && view) hover(x, y, view);
      return;
    }
    const gesture = gestures.current.move(event.pointerId, x, y);
    // The pointer is captured once it drags (a drag that leaves the map goes on moving it), not
    // at the press: capturing schedules a frame of its own (gotpointercapture), and that frame
    // kept the compositor ticking, so a quick click's release waited for the next vsync (17-24 ms).
    if (gesture.kind !== 'none' && !event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.setPointerCapture(event.pointerId);
    if (!view) return;
    if (gesture.kind === 'pan') {
      // At the whole-venue view a finger scrolls the page (touch-action: pan-y), not the map.
      if (event.pointerType === 'touch' && event.currentTarget.dataset['zoomed'] !== 'true') return;
      setView({ ...view, offsetX: view.offsetX + gesture.dx, offsetY: view.offsetY + gesture.dy });
    } else if (gesture.kind === 'pinch') {
      const zoomed = zoomAround(view, gesture.factor, gesture.x, gesture.y, fitted().scale * 0.8);
      setView({ ...zoomed, offsetX: zoomed.offsetX + gesture.dx, offsetY: zoomed.offsetY + gesture.dy });
    }
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = stageBox();
    const gesture = gestures.current.up(event.pointerId, event.clientX - box.left, event.clientY - box.top);
    if (gesture.kind !== 'tap') return;
    tap(gesture.x, gesture.y, gesture.pointerType);
    tapTaken.current = gesture.pointerType === 'touch';
  };

  const hover = (x: number, y: number, view: MapView) => {
    const point = toMap(view, x, y);
    hoverIntent.over(view.scale >= TAKE_WITH_MOUSE / 1.5 ? index.seatAt(point.x, point.y) : -1);
  };

  const detailsOf = (seat: number): SeatDetails => {
    const tier = tiers[layout.tier[seat]!];
    const pending = !preview && pendingSeats.has(layout.ids[seat]!);
    return { ...seatPlace(layout, seat), tierName: tier?.name ?? '', price: tier?.price ?? '', kind: layout.kind[seat] ?? 'STANDARD', look: preview ? 'available' : seatLook(store.status(seat), store.mine(seat), pending) };
  };
  const nameOf = (seat: number) => {
    const details = detailsOf(seat);
    return seatAccessibleName(details, details.tierName, details.price, details.look, details.kind);
  };

  const onFocusKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const direction = ARROWS[event.key];
    let next: number | null = null;
    if (direction) next = neighbourSeat(layout, focused, direction);
    else if (event.key === 'PageDown' || event.key === 'PageUp') next = nextSection(layout, focused, event.key === 'PageDown' ? 1 : -1);
    else if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-') zoomBy(0.8);
    else if (event.key === 'Escape') setView(fitted());
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    bringIntoView(next, KEYBOARD_SCALE);
    setAnnouncement(nameOf(next));
  };

  useLayoutEffect(() => {
    if (viewRef.current) placeFocusButton(focusRef.current, layout, focused, viewRef.current);
  }, [focused, layout]);

  const counts = store.total();
  const view = viewRef.current;
  const cardDetails = card && card.index < layout.count ? detailsOf(card.index) : null;

  return (
    <div className={stale ? 'seat-map stale' : 'seat-map'}>
      <div className="seat-map-tools" role="toolbar" aria-label="Map zoom">
        <button type="button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => setView(fitted())}>Whole venue</button>
      </div>
      {stale && (
        <p className="stale-cue" role="alert" data-testid="stale-cue">
          {stale}
        </p>
      )}
      <div className="seat-map-stage" ref={wrapperRef} style={{ aspectRatio: `${Math.max(1, layout.bounds.maxX - layout.bounds.minX + 4)} / ${Math.max(1, layout.bounds.maxY - layout.bounds.minY + 4)}` }}>
        <canvas
          ref={seatsRef}
          className="seat-map-canvas"
          role="img"
          aria-label={`Seat map of ${eventName}: ${formatCount(layout.sections.length)} sections, ${formatCount(layout.count)} seats${preview ? '' : `, ${formatCount(counts.available)} available`}. Use the seat button after it with the arrow keys (PageDown for the next section), or the seat finder.`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={(event) => gestures.current.cancel(event.pointerId)}
          onPointerLeave={(event) => {
            // A press that leaves the map before it drags (so before it is captured) is dropped: its release lands elsewhere.
            if (!event.currentTarget.hasPointerCapture(event.pointerId)) gestures.current.cancel(event.pointerId);
            if (event.pointerType === 'mouse' && gestures.current.count() === 0) {
              hoverIntent.cancel();
              setCard(null);
            }
          }}
        />
        {layout.count > 0 && (
          <button
            ref={focusRef}
            type="button"
            className="seat-focus"
            aria-label={nameOf(focused)}
            aria-disabled={!preview && pendingSeats.has(layout.ids[focused]!)}
            data-seat-id={layout.ids[focused]}
            onKeyDown={onFocusKeyDown}
            onFocus={() => {
              // Read through the ref: "Show on map" moves the focus before React re-renders.
              const current = viewRef.current;
              bringIntoView(latest.current.focused, current && !isOverview(current) ? current.scale : KEYBOARD_SCALE);
            }}
            onClick={() => {
              if (!preview) onActivate(focused);
            }}
          />
        )}
        {cardDetails && card && <SeatDetailsCard details={cardDetails} x={card.x} y={card.y} preview={preview} />}
      </div>
      {hint && <p className="map-hint" data-testid="map-hint">{hint}</p>}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The view on the canvas's data attributes: browser tests and the benchmark aim at seats by it. */
function publishView(canvas: HTMLCanvasElement, view: MapView, fitScale: number, preview: boolean): void {
  canvas.dataset['scale'] = String(view.scale);
  canvas.dataset['pixelRatio'] = String(pixelRatio());
  canvas.dataset['offsetX'] = String(view.offsetX);
  canvas.dataset['offsetY'] = String(view.offsetY);
  const zoomed = view.scale > fitScale * 1.1;
  canvas.dataset['zoomed'] = String(zoomed);
  // The whole venue lets a finger scroll the page; a zoomed-in map keeps every gesture.
  canvas.style.touchAction = zoomed ? 'none' : 'pan-y';
  canvas.dataset['mode'] = isOverview(view) ? 'overview' : view.scale >= MAX_SCALE ? 'max' : 'seats';
  // The row labels' text size as drawVenueLayer draws them (0: none).
  canvas.dataset['rowLabels'] = String(isOverview(view, preview) ? 0 : (rowLabelPx(view.scale) ?? 0));
}

function placeFocusButton(button: HTMLButtonElement | null, layout: SeatMapLayout, seat: number, view: MapView) {
  if (!button || seat >= layout.count) return;
  const size = Math.max(view.scale * 0.95, 14);
  button.style.left = `${layout.x[seat]! * view.scale + view.offsetX - size / 2}px`;
  button.style.top = `${layout.y[seat]! * view.scale + view.offsetY - size / 2}px`;
  button.style.width = `${size}px`;
  button.style.height = `${size}px`;
}

/** Runs `task` when the browser is idle (Safari has no requestIdleCallback: soon after, then). */
function whenIdle(task: () => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(task) : window.setTimeout(task, 50);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}

/** A canvas's 2D context, opaque (drawVenueLayer fills every pixel): asked for this way everywhere, as the first request's options are the ones a canvas keeps. */
function opaqueContext(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  return canvas?.getContext('2d', { alpha: false }) ?? null;
}
