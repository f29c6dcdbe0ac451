import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Session } from '../src/auth/auth-store.ts';
import { LOOK_PIXEL_BELOW } from '../src/seats/draw-venue.ts';
import { LOOK_COLOURS, tierColour, type SeatLook } from '../src/seats/seat-appearance.ts';
import type { SeatRef } from './api.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png` });
}

/**
 * A buyer's own browser context, already signed in (the session the app keeps in localStorage),
 * recording its last pointerup (the click that acts) on Chromium's clock for the latency checks.
 */
export async function openContext(browser: Browser, session: Session | null): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((stored) => {
    if (stored) localStorage.setItem('tessera.session', JSON.stringify(stored));
    window.addEventListener('pointerup', (event) => Object.assign(window, { lastPointerUpAt: performance.timeOrigin + event.timeStamp }), true);
  }, session);
  return context;
}

export async function openEventPage(context: BrowserContext, baseUrl: string, eventId: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.goto(`${baseUrl}/events/${eventId}`);
  await page.waitForSelector('canvas.seat-map-canvas[data-scale]');
  await page.waitForSelector('[data-testid="connection"][data-status="live"]');
  return page;
}

/** A phone: 390 x 844 CSS pixels at 3 device pixels each, touch input. */
export async function openPhoneContext(browser: Browser, session: Session | null): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await context.addInitScript((stored) => {
    if (stored) localStorage.setItem('tessera.session', JSON.stringify(stored));
  }, session);
  return context;
}

/**
 * Two fingers on the map moving apart (a pinch-zoom) around (`x`, `y`), as raw touch events
 * through Chromium's input pipeline (what a phone's touchscreen sends).
 */
export async function pinch(page: Page, x: number, y: number, from: number, to: number, steps = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const points = (spread: number) => [
    { x: x - spread / 2, y, id: 1 },
    { x: x + spread / 2, y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * step) / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Where a seat is drawn, in page coordinates. */
export async function seatPoint(page: Page, seat: Pick<SeatRef, 'x' | 'y'>): Promise<{ x: number; y: number }> {
  const canvas = page.locator('canvas.seat-map-canvas');
  // The stage, not the canvas: a tap's zoom moves the canvas by a transform while it plays.
  const box = await page.locator('.seat-map-stage').boundingBox();
  const view = await canvas.evaluate((element) => ({
    scale: Number(element.dataset['scale']),
    offsetX: Number(element.dataset['offsetX']),
    offsetY: Number(element.dataset['offsetY']),
  }));
  if (!box) throw new Error('the seat map is not on screen');
  return { x: box.x + seat.x * view.scale + view.offsetX, y: box.y + seat.y * view.scale + view.offsetY };
}

async function mapScale(page: Page): Promise<number> {
  return Number(await page.locator('canvas.seat-map-canvas').getAttribute('data-scale'));
}

/**
 * Zooms the map with the mouse wheel over the seat until seats are at least `minScale` pixels
 * (the wheel zooms around the pointer, so the seat stays under it), as a buyer would before clicking.
 */
export async function aimAt(page: Page, seat: Pick<SeatRef, 'x' | 'y'>, minScale = 14): Promise<{ x: number; y: number }> {
  for (let step = 0; step < 12 && (await mapScale(page)) < minScale; step++) {
    const before = await mapScale(page);
    const point = await seatPoint(page, seat);
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((scale) => Number(document.querySelector('canvas.seat-map-canvas')?.getAttribute('data-scale')) !== scale, before);
  }
  return seatPoint(page, seat);
}

/** Waits until no zoom is on its way: a tap's zoom plays as a transform, then draws sharp. */
export async function waitForMapAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('canvas.seat-map-canvas')?.getAnimations().length === 0);
}

/** Clicks a seat, zooming in first if it is too small to aim at. */
export async function clickSeat(page: Page, seat: Pick<SeatRef, 'x' | 'y'>): Promise<void> {
  const point = await aimAt(page, seat, 10);
  await page.mouse.click(point.x, point.y);
}

interface LookProbe {
  x: number;
  y: number;
  colours: Record<string, string>;
  /** An available seat is drawn in its tier's colour: any of the palette's. */
  available: string[];
  wanted: string;
  timeoutMs: number;
  below: number;
}

/**
 * Waits, frame by frame in the page, until the seat's pixel on the canvas has the wanted look;
 * resolves with the moment it did, on Chromium's clock (epoch ms). What the buyer sees, not
 * what the cache holds.
 */
export async function waitForSeatLook(page: Page, seat: Pick<SeatRef, 'x' | 'y'>, look: SeatLook, timeoutMs = 5000): Promise<number> {
  const colours = Object.fromEntries(Object.entries(LOOK_COLOURS));
  const available = [...new Set(Array.from({ length: 64 }, (_, i) => tierColour(i).toLowerCase()))];
  return page.evaluate(
    ({ x, y, colours, available, wanted, timeoutMs, below }: LookProbe) =>
      new Promise<number>((resolve, reject) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.seat-map-canvas');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return reject(new Error('no seat map'));
        const started = performance.now();
        const lookNow = () => {
          const ratio = Number(canvas.dataset['pixelRatio']) || 1;
          const scale = Number(canvas.dataset['scale']);
          const px = (x * scale + Number(canvas.dataset['offsetX'])) * ratio;
          const py = ((y + below) * scale + Number(canvas.dataset['offsetY'])) * ratio;
          const [r, g, b, a] = context.getImageData(Math.round(px), Math.round(py), 1, 1).data;
          if (!a) return 'nothing';
          const hex = `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
          const named = Object.entries(colours).find(([, colour]) => colour.toLowerCase() === hex)?.[0];
          if (named) return named;
          if (available.includes(hex)) return 'available';
          // A colour no look is drawn with (a blend, a highlight) is not taken for any look.
          return `an unknown colour ${hex}`;
        };
        const tick = () => {
          const seen = lookNow();
          if (seen === wanted) return resolve(performance.timeOrigin + performance.now());
          if (performance.now() - started > timeoutMs) return reject(new Error(`seat looks ${seen}, not ${wanted}, after ${timeoutMs} ms`));
          requestAnimationFrame(tick);
        };
        tick();
      }),
    { x: seat.x, y: seat.y, colours, available, wanted: look, timeoutMs, below: LOOK_PIXEL_BELOW },
  );
}

export async function lastPointerUpAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { lastPointerUpAt?: number }).lastPointerUpAt ?? Number.NaN);
}

export async function toastTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="toast"] span').allTextContents();
}
