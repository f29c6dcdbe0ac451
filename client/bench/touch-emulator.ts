import type { CDPSession, Page } from 'playwright-core';

/**
 * Taps through Chromium's own touch emulator (DevTools' device mode): a mouse press and release
 * that the browser turns into touch events and feeds through its touch input pipeline (the
 * touch event queue, gesture detection, pointer events of type "touch"), the way a
 * touchscreen's input goes. Playwright's `touchscreen.tap` (CDP `Input.dispatchTouchEvent`)
 * takes another road in this Chromium: each touch is queued as a synthetic pointer action on
 * the synthetic-gesture controller, which sends it on its own timer. That adds a median 15 ms
 * between the touch's timestamp and the page's handler that no touchscreen has (README, Client
 * benchmark), and Event Timing counts it as the page's.
 */
export class TouchEmulator {
  /** A brisk tap: the finger is down this long before it lifts (the pointerup that acts). */
  static readonly PRESS_MS = 40;

  private session: CDPSession | null = null;
  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /**
   * Switches the emulator on: before the page loads (switching it on restyles the page, a task
   * the benchmark must not count as the map's), and again after a touch sent through
   * `Input.dispatchTouchEvent` (the pinch), which switches it off.
   */
  async enable(): Promise<void> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    await this.session.send('Emulation.setEmitTouchEventsForMouse', { enabled: true, configuration: 'mobile' });
  }

  async tap(x: number, y: number): Promise<void> {
    if (!this.session) throw new Error('the touch emulator is not on');
    // The emulator consumes the mouse events, so Chromium never answers these two commands:
    // they are sent without waiting; the caller knows the tap arrived from the page's pointerup.
    const send = (type: 'mousePressed' | 'mouseReleased') => void this.session!.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 }).catch(() => undefined);
    send('mousePressed');
    await new Promise((resolve) => setTimeout(resolve, TouchEmulator.PRESS_MS));
    send('mouseReleased');
  }
}
