/**
 * `npm run bench:client`: the web client's feel, measured by Chromium's own clocks against the
 * real server (not part of `npm test`). For each venue (the 20,000-seat arena at 1280 px with a
 * mouse, the 1,200-seat hall at 390 px on a phone with touch):
 *   - the bytes of seat data the map needs (the two seat-map documents, compressed), first visit
 *     and again (the layout then comes from the browser's cache);
 *   - the longest main-thread task after the map's first draw (Long Tasks API);
 *   - an input 200 ms after the map appears (a zoom), and later ones: pointerup to the map's
 *     next change (a draw, or a tap's zoom starting to move the canvas) and, for the zoom, to its
 *     sharp draw at the new view; and whether the next paint came within one frame (Event Timing
 *     reports those that did not);
 *   - a live update's main-thread cost: the socket message's task and the frame that repaints it,
 *     each up to the end of its microtasks (where React renders), while another buyer takes and
 *     gives back seats.
 * And on the hall at 1280 px: click to optimistic repaint, and another browser seeing the change.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { availableSeat, findEvent, graphql, newBuyer, seatsOf, useServer, type SeatRef } from '../e2e/api.ts';
import { CHROMIUM_ARGS, launchChromium, openEventPage, pinch, seatPoint, waitForSeatLook } from '../e2e/browser.ts';
import { startServer } from '../e2e/server.ts';
import { inputToDraw, installProbes, markTime, readProbes, recordInputs, seatMapBytes } from './page-probes.ts';
import { TouchEmulator } from './touch-emulator.ts';

const LIVE_UPDATES = 40;
/**
 * How long a quick buyer takes to tap again after seeing the seat change (a visual reaction
 * time). Tapped the instant it changes, the tap lands in the frame that renders the server's
 * answer (the hold bar, its timer and total); the benchmark prints that case too.
 */
const BUYER_REACTION_MS = 200;
/** What BENCH_TRACE records: input latency by stage (EventLatency), the renderer's and compositor's tasks, GC and JavaScript samples. */
const TRACE_CATEGORIES = ['cc', 'benchmark', 'input', 'viz', 'toplevel', 'blink', 'gpu', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'disabled-by-default-v8.cpu_profiler'];
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

interface Stats {
  median: number;
  p95: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const show = (s: Stats) => `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

interface VenueRun {
  bytesFirst: number;
  decodedFirst: number;
  bytesAgain: number;
  longestTask: number;
  earlyInputAfterMs: number;
  earlyInputToChange: number;
  earlyInputToDraw: number;
  laterInputToDraw: number[];
  slowPaints: number;
  slowPaintDurations: number[];
  /** For BENCH_DETAIL: each slow paint's input, which one it was, and where its time went. */
  slowPaintDetails: string[];
  fullDraws: number[];
  inputDelays: number[];
  inputs: number;
  quickInputs: number;
  /** Whether the input 200 ms after the map appeared was one of the slow paints. */
  earlySlow: boolean;
  quickSlowPaintDurations: number[];
  liveCosts: number[];
  messageCosts: number[];
  frameCosts: number[];
  longTasks: string[];
}

interface Device {
  label: string;
  context: (session: { token: string; user: unknown }) => Promise<BrowserContext>;
  touch: boolean;
}

/** Another buyer takes and gives back seats of the event, one change every 60 ms, over the API. */
async function liveTraffic(eventId: string, seats: SeatRef[], token: string): Promise<void> {
  for (let k = 0; k < LIVE_UPDATES / 2; k++) {
    const seat = seats[k % seats.length]!;
    await graphql('mutation ($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id } }', { id: seat.id, version: seat.version }, token);
    await sleep(60);
    await graphql('mutation ($id: ID!) { releaseSeat(id: $id) { id version } }', { id: seat.id }, token);
    seat.version += 2;
    await sleep(60);
  }
}

/** The main-thread cost of each seat update: its socket message, plus the first frame after it. */
function liveCosts(readings: Awaited<ReturnType<typeof readProbes>>, since: number): { total: number[]; message: number[]; frame: number[] } {
  const messages = readings.seatMessages.filter((message) => message.at > since);
  const frames = messages.map((message) => readings.frames.find((frame) => frame.start > message.at)?.ms ?? 0);
  return { total: messages.map((message, k) => message.ms + frames[k]!), message: messages.map((message) => message.ms), frame: frames };
}

/**
 * A tap, or a click as a hand makes one: the pointer comes to the point (its hover handled), then
 * the button goes down and comes up PRESS_MS later, as the finger does. Playwright's
 * `mouse.click` sends the move, the press and the release at once, so the release waited behind
 * the move's and the press's handling (5-7 ms on the arena), which no mouse in a hand does.
 */
async function tapOrClick(page: Page, touch: TouchEmulator | null, x: number, y: number): Promise<void> {
  if (touch) return touch.tap(x, y);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await sleep(TouchEmulator.PRESS_MS);
  await page.mouse.up();
}

async function runVenue(baseUrl: string, eventId: string, device: Device, traffic: { seats: SeatRef[]; token: string }): Promise<VenueRun> {
  const context = await device.context(await newBuyer('bench'));
  await installProbes(context);
  await recordInputs(context);
  const page = await context.newPage();
  const touch = device.touch ? new TouchEmulator(page) : null;
  await touch?.enable();
  await page.goto(`${baseUrl}/events/${eventId}`);
  const interactive = await markTime(page, 'seat-map:interactive');
  const canvas = page.locator('canvas.seat-map-canvas');
  await canvas.waitFor();
  const box = (await canvas.boundingBox())!;
  // 200 ms after the map appears: a tap or click in the middle of the map (at the whole-venue
  // view it zooms in toward that point; the redraw is what it waits for).
  // A finger or a button goes down a moment before it comes up: timed so that it comes up at 200 ms.
  const now = await page.evaluate(() => performance.now());
  await sleep(Math.max(0, 200 - TouchEmulator.PRESS_MS - (now - interactive)));
  await tapOrClick(page, touch, box.x + box.width / 2, box.y + box.height * 0.62);
  const early = await inputToDraw(page, interactive);

  // Later: make seats big enough to aim at, then take and give back a few.
  if (device.touch) {
    for (let k = 0; k < 4 && Number(await canvas.getAttribute('data-scale')) < 26; k++) await pinch(page, box.x + box.width / 2, box.y + box.height / 2, 60, 160);
    await touch?.enable();
  } else {
    for (let k = 0; k < 6 && Number(await canvas.getAttribute('data-scale')) < 14; k++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -300);
      await sleep(120);
    }
  }
  await sleep(300);
  const seats = await seatsOf(eventId);
  const view = await canvas.evaluate((element) => ({ scale: Number(element.dataset['scale']), x: Number(element.dataset['offsetX']), y: Number(element.dataset['offsetY']), w: element.clientWidth, h: element.clientHeight }));
  const onScreen = seats.filter((seat) => {
    const sx = seat.x * view.scale + view.x;
    const sy = seat.y * view.scale + view.y;
    return seat.status === 'AVAILABLE' && seat.kind === 'S' && sx > 40 && sy > 40 && sx < view.w - 40 && sy < view.h - 90;
  });
  const later: number[] = [];
  const inputTimes = [early.input];
  const quickTimes: number[] = [];
  let last = early.input;
  // Take a seat and give it back, six seats at a buyer's pace (the next tap comes a reaction time
  // after the seat showed its new look), then six more the very instant it did.
  const takeAndGiveBack = async (seat: SeatRef, pauseMs: number, times: number[]) => {
    for (const look of ['mine', 'available'] as const) {
      await sleep(pauseMs);
      const point = await seatPoint(page, seat);
      await tapOrClick(page, touch, point.x, point.y);
      const timing = await inputToDraw(page, last);
      later.push(timing.draw - timing.input);
      last = timing.input;
      times.push(timing.input);
      await waitForSeatLook(page, seat, look);
    }
  };
  // BENCH_TRACE=<folder>: a Chromium trace of these inputs per run, to see where a slow one's time went.
  const traceDir = process.env['BENCH_TRACE'];
  const browser = context.browser()!;
  if (traceDir) await browser.startTracing(page, { path: `${traceDir}/${device.touch ? 'phone' : 'arena'}-${Date.now()}.json`, categories: TRACE_CATEGORIES });
  for (const seat of onScreen.slice(0, 6)) await takeAndGiveBack(seat, BUYER_REACTION_MS, inputTimes);
  for (const seat of onScreen.slice(6, 12)) await takeAndGiveBack(seat, 0, quickTimes);
  if (traceDir) await browser.stopTracing();

  // Live updates from another buyer, on seats away from this one's.
  const trafficStart = await page.evaluate(() => performance.now());
  await liveTraffic(eventId, traffic.seats, traffic.token);
  await sleep(500);
  const readings = await readProbes(page);
  const fullDraws = await page.evaluate(() => performance.getEntriesByName('seat-map:full-draw').map((entry) => entry.duration));
  const inputDelays = await page.evaluate(() => (window as unknown as { inputDelays: number[] }).inputDelays);
  // The phone's inputs must have reached the page as touches, the arena's as the mouse.
  const inputTypes = await page.evaluate(() => (window as unknown as { inputTypes: string[] }).inputTypes);
  if (inputTypes.some((type) => type !== (device.touch ? 'touch' : 'mouse'))) throw new Error(`${device.label}: the page saw ${inputTypes.join(', ')} input`);
  const firstBytes = await seatMapBytes(page);

  // A second visit: the layout from the browser's cache (revalidated at most), the states again.
  await page.evaluate(() => performance.clearResourceTimings());
  await page.reload();
  await markTime(page, 'seat-map:interactive');
  await sleep(300);
  const againBytes = await seatMapBytes(page);
  await context.close();

  // Event Timing entries of the very pointerups timed above (a pinch's own pointer events are not inputs that act).
  // Slow: a paint 16 ms or more after it, as Event Timing rounds (to 8 ms), so 24 ms and up.
  const slowOf = (times: number[]) => readings.slowInputs.filter((entry) => entry.name === 'pointerup' && entry.duration > 16 && times.some((at) => Math.abs(at - entry.start) < 1));
  const slowOnes = slowOf(inputTimes);
  const quickSlowOnes = slowOf(quickTimes);
  const live = liveCosts(readings, trafficStart);
  return {
    bytesFirst: firstBytes.encoded,
    decodedFirst: firstBytes.decoded,
    bytesAgain: againBytes.transferred,
    longestTask: Math.max(0, ...readings.longTasks.filter((task) => task.start >= interactive).map((task) => task.duration)),
    earlyInputAfterMs: early.input - interactive,
    earlyInputToChange: early.change - early.input,
    earlyInputToDraw: early.draw - early.input,
    laterInputToDraw: later,
    slowPaints: slowOnes.length,
    earlySlow: slowOnes.some((entry) => Math.abs(entry.start - early.input) < 1),
    slowPaintDurations: slowOnes.map((entry) => entry.duration),
    slowPaintDetails: [...slowOnes, ...quickSlowOnes].map((entry) => {
      const which = inputTimes.findIndex((at) => Math.abs(at - entry.start) < 1);
      const label = which === 0 ? 'the early zoom' : which > 0 ? `paced input ${which} (${which % 2 ? 'take' : 'give back'})` : `quick input ${quickTimes.findIndex((at) => Math.abs(at - entry.start) < 1) + 1}`;
      return `${label}: ${entry.duration} ms = delay ${ms(entry.delay)} + handlers ${ms(entry.processing)} + to paint ${ms(entry.duration - entry.delay - entry.processing)}`;
    }),
    fullDraws,
    inputDelays,
    inputs: inputTimes.length,
    quickInputs: quickTimes.length,
    quickSlowPaintDurations: quickSlowOnes.map((entry) => entry.duration),
    liveCosts: live.total,
    messageCosts: live.message,
    frameCosts: live.frame,
    longTasks: readings.longTasks.filter((task) => task.start + task.duration > interactive).map((task) => `${(task.start - interactive).toFixed(0)}+${task.duration.toFixed(0)}`),
  };
}

function report(label: string, seatCount: number, runs: VenueRun[]): void {
  const last = runs.at(-1)!;
  console.log(`${label} (${seatCount.toLocaleString('en-GB')} seats), ${runs.length} runs`);
  console.log(`  seat data, first visit:     ${runs.map((run) => kb(run.bytesFirst)).join(', ')} compressed (${kb(last.decodedFirst)} as JSON)   bar < 300 KB`);
  console.log(`  seat data, second visit:    ${runs.map((run) => kb(run.bytesAgain)).join(', ')} over the wire (layout cached)`);
  console.log(`  longest task after draw:    ${runs.map((run) => ms(run.longestTask)).join(', ')}   bar < 100 ms`);
  console.log(`  input ${runs.map((run) => run.earlyInputAfterMs.toFixed(0)).join('/')} ms after the map appeared (a zoom), to the map's change: ${runs.map((run) => ms(run.earlyInputToChange)).join(', ')}`);
  console.log(`    ... to the map drawn sharp at the new view (the zoom's transition over): ${runs.map((run) => ms(run.earlyInputToDraw)).join(', ')}`);
  console.log(`  later inputs to the draw:   ${show(stats(runs.flatMap((run) => run.laterInputToDraw)))}`);
  console.log(`    ... of which Chromium's delivery of the input (its time to the handler): ${show(stats(runs.flatMap((run) => run.inputDelays)))}`);
  console.log(`  a whole redraw of the map (pan, zoom): ${show(stats(runs.flatMap((run) => run.fullDraws)))}`);
  const inputs = runs.reduce((sum, run) => sum + run.inputs, 0);
  const slow = runs.reduce((sum, run) => sum + run.slowPaints, 0);
  console.log(`  inputs painted within one frame (Event Timing <= 16 ms), the next tap ${BUYER_REACTION_MS} ms after the seat changed: ${inputs - slow} of ${inputs}; the others: ${runs.flatMap((run) => run.slowPaintDurations).join(', ') || 'none'} ms (${runs.filter((run) => run.earlySlow).length} of them the input 200 ms after the map appeared)   bar all`);
  const quick = runs.reduce((sum, run) => sum + run.quickInputs, 0);
  const quickSlow = runs.flatMap((run) => run.quickSlowPaintDurations);
  console.log(`    ... the next tap the instant the seat changed (no bar): ${quick - quickSlow.length} of ${quick}; the others: ${quickSlow.join(', ') || 'none'} ms`);
  console.log(`  live update, main thread:   ${show(stats(runs.flatMap((run) => run.liveCosts)))} over ${runs.reduce((sum, run) => sum + run.liveCosts.length, 0)} updates   bar p95 < 8 ms`);
  console.log(`    ... its socket message:   ${show(stats(runs.flatMap((run) => run.messageCosts)))}; the frame that repaints it: ${show(stats(runs.flatMap((run) => run.frameCosts)))}`);
  if (process.env['BENCH_DETAIL']) console.log(`    slow paints: ${runs.map((run) => run.slowPaintDetails.join('; ') || 'none').join(' | ')}`);
  if (process.env['BENCH_DETAIL']) console.log(`    long tasks (ms after first draw + length): ${runs.map((run) => run.longTasks.join(' ')).join(' | ')}`);
}

/** The hall at 1280 px: click to optimistic repaint, and another browser seeing the change. */
async function twoBuyers(baseUrl: string, hallId: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const [alice, bob] = await Promise.all([newBuyer('bench-a'), newBuyer('bench-b')]);
    const open = async (session: typeof alice) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript((stored) => localStorage.setItem('tessera.session', JSON.stringify(stored)), session);
      await recordInputs(context);
      return context;
    };
    const [pageA, pageB] = await Promise.all([openEventPage(await open(alice), baseUrl, hallId), openEventPage(await open(bob), baseUrl, hallId)]);
    const repaint: number[] = [];
    const seen: number[] = [];
    let last = 0;
    for (let sample = 0; sample < 17; sample++) {
      const seat = await availableSeat(hallId, 'Stalls Centre', ['E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N'][sample % 9]!);
      const bobSees = waitForSeatLook(pageB, seat, 'held');
      const point = await seatPoint(pageA, seat);
      await pageA.mouse.click(point.x, point.y);
      const timing = await inputToDraw(pageA, last);
      last = timing.input;
      const clickedAt = await pageA.evaluate((input) => performance.timeOrigin + input, timing.input);
      const seenAt = await bobSees;
      await waitForSeatLook(pageA, seat, 'mine');
      if (sample >= 2) {
        repaint.push(timing.draw - timing.input);
        seen.push(seenAt - clickedAt);
      }
      await graphql('mutation ($id: ID!) { releaseSeat(id: $id) { id } }', { id: seat.id }, alice.token);
    }
    console.log(`Hall at 1280 px, two buyers, ${repaint.length} clicks`);
    console.log(`  click to optimistic repaint (draw done): ${show(stats(repaint))}   bar same frame, < 16 ms`);
    console.log(`  another browser shows the change:       ${show(stats(seen))}   bar < 200 ms`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const server = await startServer();
  useServer(server.url);
  const browser = await launchChromium();
  try {
    const arena = await findEvent('Stadium');
    const hall = await findEvent('Concert');
    // One buyer of its own makes the other buyer's traffic (the demo box office has no password: it cannot sign in).
    const { token } = await newBuyer('bench-traffic');
    const trafficOf = async (eventId: string, section: string) => {
      const seats = (await seatsOf(eventId)).filter((seat) => seat.section === section && seat.status === 'AVAILABLE').slice(0, 10);
      return { seats, token };
    };
    const desktop: Device = {
      label: 'Arena at 1280 px, mouse',
      touch: false,
      context: async (session) => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.addInitScript((stored) => localStorage.setItem('tessera.session', JSON.stringify(stored)), session);
        return context;
      },
    };
    const phone: Device = {
      label: 'Hall at 390 px, touch',
      touch: true,
      context: async (session) => {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
        await context.addInitScript((stored) => localStorage.setItem('tessera.session', JSON.stringify(stored)), session);
        return context;
      },
    };
    console.log(`Tessera web client, Chromium ${browser.version()} (${CHROMIUM_ARGS.includes('--disable-gpu') ? 'software rendering' : 'GPU'}), its own clocks`);
    const arenaSeats = (await seatsOf(arena.id)).length;
    const hallSeats = (await seatsOf(hall.id)).length;
    const only = process.env['BENCH_ONLY'];
    if (!only || only === 'arena') {
      const arenaRuns: VenueRun[] = [];
      for (let run = 0; run < RUNS; run++) arenaRuns.push(await runVenue(server.url, arena.id, desktop, await trafficOf(arena.id, '201')));
      report(desktop.label, arenaSeats, arenaRuns);
    }
    if (!only || only === 'phone') {
      const hallRuns: VenueRun[] = [];
      for (let run = 0; run < RUNS; run++) hallRuns.push(await runVenue(server.url, hall.id, phone, await trafficOf(hall.id, 'Balcony')));
      report(phone.label, hallSeats, hallRuns);
    }
    if (!only || only === 'hall') await twoBuyers(server.url, hall.id);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
