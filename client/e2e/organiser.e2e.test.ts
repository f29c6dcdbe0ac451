import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, serverUrl } from './api.ts';
import { launchChromium, openContext, saveScreenshot } from './browser.ts';
import { E2E_ORGANIZER_INVITE } from './server.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the organiser console', () => {
  it('signs up as an organiser with the invite code (a wrong one is refused in plain words) and reaches the console', async () => {
    const context = await openContext(browser, null);
    const page = await context.newPage();
    await page.goto(`${serverUrl()}/signup`);
    await page.getByRole('textbox', { name: /^Name/ }).fill('Oona Organiser');
    await page.getByRole('textbox', { name: /^Email/ }).fill(`oona-${Date.now()}@example.com`);
    await page.getByLabel(/^Password/).fill('quiet-harbour-lantern');
    await page.getByText('Selling tickets? Sign up as an organiser').click();
    await page.getByLabel('Organiser invite code').fill('not-the-code');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That organiser invite code is not valid. Check it with the box office, or leave it blank.');
    await page.getByLabel('Organiser invite code').fill(E2E_ORGANIZER_INVITE);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('link', { name: 'Organiser' }).click();
    await page.getByRole('link', { name: 'Create an event' }).waitFor();
    await context.close();
  });

  it('an organiser builds a venue around a stage, saves a draft, publishes it later from its dashboard, and a buyer then sees it', async () => {
    const name = `Premiere ${Date.now()}`;
    const organiser = await openContext(browser, await logIn('olivia@example.com'));
    const page = await organiser.newPage();
    await page.goto(serverUrl());
    await page.getByRole('link', { name: 'Organiser' }).click();
    await page.getByRole('link', { name: 'Create an event' }).click();
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.getByLabel('Venue').fill('Test Theatre');

    // The arena template: a floor, a stage and a ring of curved sections, drawn by the buyers' map.
    await page.getByRole('button', { name: 'Arena' }).click();
    const preview = page.getByRole('region', { name: /^Preview: / });
    await expect.poll(() => preview.getByRole('heading').textContent()).toMatch(/^Preview: [\d,]+ seats$/);
    expect(await page.getByRole('group', { name: 'Section 101' }).getByLabel('Placement').inputValue()).toBe('curved');
    // The preview shows an organiser's concerns: tiers with seat counts, no seat statuses.
    expect(await preview.getByTestId('legend-tier').allTextContents()).toEqual([expect.stringMatching(/^Front €60 · [\d,]+ seats$/), expect.stringMatching(/^Standard €35 · [\d,]+ seats$/)]);
    expect(await preview.getByText('In a hold').count()).toBe(0);
    await page.getByRole('group', { name: 'Section 101' }).getByRole('button', { name: 'Add a wheelchair space with a companion seat' }).click();
    await expect.poll(() => preview.getByTestId('preview-kinds').textContent()).toMatch(/^1 wheelchair space · 1 companion seat · 0 restricted views$/);
    await page.evaluate(() => document.querySelector('.venue-workbench')?.scrollIntoView());
    await saveScreenshot(page, 'readme-venue-editor');

    // A plain block of 10 rows of 12: its rows take the two tiers by row range by default.
    await page.getByRole('button', { name: 'Blocks side by side' }).click();
    await page.getByLabel('Seats per row').fill('12');
    await page.getByRole('heading', { name: 'Preview: 120 seats' }).waitFor();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('heading', { name: `${name} is saved as a draft` }).waitFor();

    // Left as a draft, published later from its dashboard.
    await page.getByRole('link', { name: 'Organiser' }).click();
    const card = page.locator('.event-card').filter({ hasText: name });
    await card.getByText('Draft').waitFor();
    expect(await card.getByRole('button', { name: 'Publish: put it on sale' }).count()).toBe(1);
    await card.getByRole('link', { name }).click();
    await page.getByRole('heading', { name: `Sales: ${name}` }).waitFor();
    await page.getByRole('button', { name: 'Publish: put it on sale' }).click();
    await page.getByText(/^On sale/).waitFor();
    expect(await page.getByRole('button', { name: 'Publish: put it on sale' }).count()).toBe(0);
    expect(await page.locator('.recharts-wrapper').count()).toBe(1);
    await saveScreenshot(page, '7-sales-dashboard');

    const buyer = await openContext(browser, await logIn('alice@example.com'));
    const buyerPage = await buyer.newPage();
    await buyerPage.goto(serverUrl());
    await buyerPage.getByRole('link', { name }).click();
    await buyerPage.waitForSelector('canvas.seat-map-canvas[data-scale]');
    expect(await buyerPage.getByTestId('legend-tier').allTextContents()).toEqual(['Front €60 · 60 left', 'Standard €35 · 60 left']);
    await saveScreenshot(buyerPage, '7-buyer-sees-new-event');
    await organiser.close();
    await buyer.close();
  });
});
