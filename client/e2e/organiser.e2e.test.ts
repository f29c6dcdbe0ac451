import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, serverUrl } from './api.ts';
import { launchChromium, openContext, saveScreenshot } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the organiser console', () => {
  it('an organiser creates and publishes an event with a generated seat map, and a buyer then sees it', async () => {
    const name = `Premiere ${Date.now()}`;
    const organiser = await openContext(browser, await logIn('olivia@example.com'));
    const page = await organiser.newPage();
    await page.goto(serverUrl());
    await page.getByRole('link', { name: 'Organiser' }).click();
    await page.getByRole('link', { name: 'Create an event' }).click();
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.getByLabel('Venue').fill('Test Theatre');
    await page.getByLabel('Seats per row').fill('12');
    // The preview is drawn before anything is saved: 10 rows of 12.
    await page.getByRole('heading', { name: 'Preview: 120 seats' }).waitFor();
    await saveScreenshot(page, '7-create-event-preview');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('heading', { name: `${name} is saved as a draft` }).waitFor();
    await page.getByRole('button', { name: 'Publish: put it on sale' }).click();
    await page.getByRole('heading', { name: `Sales: ${name}` }).waitFor();
    expect(await page.locator('.recharts-wrapper').count()).toBe(1);
    await saveScreenshot(page, '7-sales-dashboard');

    const buyer = await openContext(browser, await logIn('alice@example.com'));
    const buyerPage = await buyer.newPage();
    await buyerPage.goto(serverUrl());
    await buyerPage.getByRole('link', { name }).click();
    await buyerPage.waitForSelector('canvas.seat-map-canvas[data-scale]');
    expect(await buyerPage.getByText('120 available').count()).toBe(0);
    expect(await buyerPage.locator('.seat-list summary').allTextContents()).toEqual(['Front, €60: 36 available', 'Standard, €35: 84 available']);
    await saveScreenshot(buyerPage, '7-buyer-sees-new-event');
    await organiser.close();
    await buyer.close();
  });
});
