import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEvent, logIn, newBuyer, serverUrl } from './api.ts';
import { launchChromium, openContext, saveScreenshot } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a buyer from log-in to a cancelled order', () => {
  it('logs in, holds the best two VIP seats, checks out, finds the order in my tickets and cancels it', async () => {
    const hall = await findEvent('Concert');
    const buyer = await newBuyer('checkout');
    const context = await openContext(browser, null);
    const page = await context.newPage();
    await page.goto(serverUrl());
    await page.getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Email').fill(buyer.email);
    await page.getByLabel('Password').fill(buyer.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();

    await page.getByRole('link', { name: hall.name }).click();
    await page.getByLabel('Best available in').selectOption({ index: 0 });
    await page.getByLabel('Seats', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Hold best seats' }).click();
    const holdPanel = page.getByRole('complementary', { name: 'Your hold' });
    await expect.poll(() => holdPanel.locator('.hold-items li').count()).toBe(2);
    await expect.poll(() => holdPanel.getByTestId('hold-total').textContent()).toBe('€170');
    const holdingToast = page.getByTestId('toast').filter({ hasText: 'Holding' });
    await holdingToast.waitFor();
    await saveScreenshot(page, '5-best-available-held');

    await holdPanel.getByRole('button', { name: 'Check out' }).click();
    await page.getByRole('heading', { name: 'Order confirmed' }).waitFor();
    // The hold's toast goes with the hold: it does not sit beside the confirmation.
    expect(await holdingToast.count()).toBe(0);
    await saveScreenshot(page, '5-order-confirmed');

    await page.getByRole('link', { name: 'See my tickets' }).click();
    const order = page.locator('.order-card').filter({ hasText: hall.name }).first();
    await order.waitFor();
    expect(await order.locator('li').count()).toBe(2);
    expect(await order.textContent()).toContain('€170');
    await order.getByRole('button', { name: 'Cancel order' }).click();
    await order.getByRole('button', { name: 'Yes, cancel this order' }).click();
    await order.getByText('Cancelled').waitFor();
    await saveScreenshot(page, '5-order-cancelled');
    await context.close();
  });

  it('with the browser’s clock ten minutes fast, the hold’s countdown still shows the time the server gives', async () => {
    const hall = await findEvent('Concert');
    const context = await openContext(browser, await newBuyer('fast-clock'));
    // Date.now() and new Date() ten minutes ahead, as on a laptop whose clock is wrong.
    await context.addInitScript((skewMs: number) => {
      const RealDate = Date;
      class FastDate extends RealDate {
        constructor(value?: string | number | Date) {
          super(value === undefined ? RealDate.now() + skewMs : value);
        }
        static override now(): number {
          return RealDate.now() + skewMs;
        }
      }
      globalThis.Date = FastDate as DateConstructor;
    }, 10 * 60_000);
    const page = await context.newPage();
    await page.goto(`${serverUrl()}/events/${hall.id}`);
    expect(await page.evaluate(() => Date.now() - performance.timeOrigin - performance.now())).toBeGreaterThan(9 * 60_000);
    await page.getByLabel('Seats', { exact: true }).selectOption('1');
    await page.getByRole('button', { name: 'Hold best seats' }).click();
    const holdPanel = page.getByRole('complementary', { name: 'Your hold' });
    const countdown = holdPanel.getByTestId('hold-countdown');
    await countdown.waitFor();
    // While the buyer is here the hold lasts to its cap (15 minutes), not the 3-minute idle window,
    // and on the browser's own clock it would read as expired.
    const [minutes, seconds] = (await countdown.textContent())!.split(':').map(Number);
    expect(minutes! * 60 + seconds!).toBeGreaterThan(600);
    // (The server's clock is known from whole-second Date headers: a second either way.)
    expect(minutes! * 60 + seconds!).toBeLessThanOrEqual(901);
    expect(await holdPanel.getByText(/Kept for you while you are on this page/).count()).toBe(1);
    expect(await holdPanel.getByText('Your hold has expired').count()).toBe(0);
    await holdPanel.getByRole('button', { name: 'Release everything' }).click();
    await countdown.waitFor({ state: 'detached' });
    await context.close();
  });
});
