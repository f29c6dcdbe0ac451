import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Session } from '../src/auth/auth-store.ts';
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

/** Where a seat is drawn, in page coordinates. */
export async function seatPoint(page: Page, seat: Pick<SeatRef, 'x' | 'y'>): Promise<{ x: number; y: number }> {
  const canvas = page.locator('canvas.seat-map-canvas');
  const box = await canvas.boundingBox();
  const view = await canvas.evaluate((element) => ({
    scale: Number(element.dataset['scale']),
    offsetX: Number(element.dataset['offsetX']),
    offsetY: Number(element.dataset['offsetY']),
  }));
  if (!box) throw new Error('the seat map is not on screen');
  return { x: box.x + (seat.x + 0.5) * view.scale + view.offsetX, y: box.y + (seat.y + 0.5) * view.scale + view.offsetY };
}

export async function clickSeat(page: Page, seat: Pick<SeatRef, 'x' | 'y'>): Promise<void> {
  const point = await seatPoint(page, seat);
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
}

/**
 * Waits, frame by frame in the page, until the seat's pixel on the canvas has the wanted look;
 * resolves with the moment it did, on Chromium's clock (epoch ms). What the buyer sees, not
 * what the cache holds.
 */
export async function waitForSeatLook(page: Page, seat: Pick<SeatRef, 'x' | 'y'>, look: SeatLook, timeoutMs = 5000): Promise<number> {
  const colours = Object.fromEntries(Object.entries(LOOK_COLOURS));
  const available = [...new Set(Array.from({ length: 64 }, (_, i) => tierColour(i)))];
  return page.evaluate(
    ({ x, y, colours, available, wanted, timeoutMs }: LookProbe) =>
      new Promise<number>((resolve, reject) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.seat-map-canvas');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return reject(new Error('no seat map'));
        const started = performance.now();
        const lookNow = () => {
          const ratio = window.devicePixelRatio || 1;
          const scale = Number(canvas.dataset['scale']);
          const px = ((x + 0.5) * scale + Number(canvas.dataset['offsetX'])) * ratio;
          const py = ((y + 0.5) * scale + Number(canvas.dataset['offsetY'])) * ratio;
          const [r, g, b] = context.getImageData(Math.round(px), Math.round(py), 1, 1).data;
          const hex = `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
          const named = Object.entries(colours).find(([, colour]) => colour === hex)?.[0];
          if (named) return named;
          if (available.includes(hex)) return 'available';
          // A colour no look is drawn with (a blend, a highlight) is not taken for any look.
          return hex === '#000000' || hex === '#ffffff' ? 'nothing' : `an unknown colour ${hex}`;
        };
        const tick = () => {
          const seen = lookNow();
          if (seen === wanted) return resolve(performance.timeOrigin + performance.now());
          if (performance.now() - started > timeoutMs) return reject(new Error(`seat looks ${seen}, not ${wanted}, after ${timeoutMs} ms`));
          requestAnimationFrame(tick);
        };
        tick();
      }),
    { x: seat.x, y: seat.y, colours, available, wanted: look, timeoutMs },
  );
}

export async function lastPointerUpAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { lastPointerUpAt?: number }).lastPointerUpAt ?? Number.NaN);
}

export async function toastTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="toast"] span').allTextContents();
}
