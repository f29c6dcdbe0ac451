/**
 * What the client benchmark installs in every page before it loads, and reads back: Chromium's
 * own clocks (Long Tasks, Event Timing, resource timing, the map's user-timing marks) plus the
 * main-thread cost of each live update, measured around the socket's message handler and the
 * animation frame that repaints it (each up to the end of its microtasks, where React renders).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ProbeReadings {
  longTasks: { start: number; duration: number }[];
  /** `delay`: to its handlers; `processing`: the handlers; the rest of `duration` is to the next paint. */
  slowInputs: { name: string; start: number; duration: number; delay: number; processing: number }[];
  seatMessages: { at: number; ms: number }[];
  frames: { start: number; ms: number }[];
}

export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const readings: ProbeReadings = { longTasks: [], slowInputs: [], seatMessages: [], frames: [] };
    Object.assign(window, { __probes: readings });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) readings.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Event Timing reports inputs whose next paint came 16 ms or more after them (8 ms rounding).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        const { name, startTime, duration, processingStart, processingEnd } = entry;
        readings.slowInputs.push({ name, start: startTime, duration, delay: processingStart - startTime, processing: processingEnd - processingStart });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

    // The end of the current task: a message posted now is handled after it and its microtasks.
    const afterTask = (done: (at: number) => void) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    };
    const timeSeatMessage = (event: MessageEvent, run: () => void) => {
      const started = performance.now();
      run();
      if (typeof event.data === 'string' && event.data.includes('"seatUpdated"')) afterTask((end) => readings.seatMessages.push({ at: started, ms: end - started }));
    };
    const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;
    Object.defineProperty(WebSocket.prototype, 'onmessage', {
      ...onmessage,
      set(handler: ((event: MessageEvent) => void) | null) {
        onmessage.set!.call(this, handler && ((event: MessageEvent) => timeSeatMessage(event, () => handler.call(this, event))));
      },
    });
    const addEventListener = WebSocket.prototype.addEventListener;
    WebSocket.prototype.addEventListener = function (this: WebSocket, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (type !== 'message' || !listener) return addEventListener.call(this, type, listener!, options);
      const call = (event: Event) => (typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event));
      return addEventListener.call(this, type, (event: Event) => timeSeatMessage(event as MessageEvent, () => call(event)), options);
    } as typeof WebSocket.prototype.addEventListener;

    // Each animation frame's script work, from its first callback to the end of its microtasks.
    const frames = new Map<number, { start: number; end: number }>();
    const requestFrame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      requestFrame((time) => {
        let frame = frames.get(time);
        if (!frame) {
          frames.set(time, (frame = { start: performance.now(), end: 0 }));
          afterTask((end) => {
            readings.frames.push({ start: frame!.start, ms: end - frame!.start });
            frames.delete(time);
          });
        }
        callback(time);
      });
  });
}

export function readProbes(page: Page): Promise<ProbeReadings> {
  return page.evaluate(() => (window as unknown as { __probes: ProbeReadings }).__probes);
}

/** A mark's first time on the page's clock, waiting for it to exist. */
export async function markTime(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: timeoutMs });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

/** Bytes of the seat-map documents fetched so far: over the wire (compressed) and as JSON. */
export function seatMapBytes(page: Page): Promise<{ encoded: number; decoded: number; transferred: number }> {
  return page.evaluate(() => {
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.includes('/seat-maps/'));
    return {
      encoded: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      decoded: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      transferred: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
    };
  });
}

/**
 * An input's time to the map's next change on the page's clock: the last pointerup (or
 * touchend) recorded by the page, to the first `seat-map:draw` (the canvas drawn for it) or
 * `seat-map:zoom-transition` (a tap's zoom started moving the canvas) after it; and to the
 * first draw (for a tap's zoom, the map drawn sharp at the new view when the zoom arrives).
 */
export async function inputToDraw(page: Page, since: number): Promise<{ input: number; change: number; draw: number }> {
  return page.waitForFunction(
    (after) => {
      const input = (window as unknown as { lastInputAt?: number }).lastInputAt;
      if (input === undefined || input <= after) return null;
      const first = (name: string) => performance.getEntriesByName(name).find((entry) => entry.startTime >= input)?.startTime;
      const draw = first('seat-map:draw');
      if (draw === undefined) return null;
      return { input, change: Math.min(draw, first('seat-map:zoom-transition') ?? draw), draw };
    },
    since,
    { timeout: 5000 },
  ).then((handle) => handle.jsonValue() as Promise<{ input: number; change: number; draw: number }>);
}

export async function recordInputs(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const delays: number[] = [];
    const types: string[] = [];
    const record = (event: Event) => {
      delays.push(performance.now() - event.timeStamp);
      types.push((event as PointerEvent).pointerType);
      Object.assign(window, { lastInputAt: event.timeStamp, inputDelays: delays, inputTypes: types });
    };
    window.addEventListener('pointerup', record, true);
  });
}
