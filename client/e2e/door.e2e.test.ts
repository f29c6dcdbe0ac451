import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEvent, graphql, logIn, seatsOf, serverUrl } from './api.ts';
import { launchChromium, openContext, saveScreenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A partner sells one seat to an anonymous customer (through the API, as its program would) and returns the ticket's secret. */
async function partnerSale(organizerToken: string, eventId: string): Promise<string> {
  const { createApiKey } = await graphql<{ createApiKey: { secret: string } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name: 'e2e shop', eventIds: [eventId], scopes: ['SELL'] } },
    organizerToken,
  );
  const key = createApiKey.secret;
  const { createHoldToken } = await graphql<{ createHoldToken: { token: string; hold: { id: string } } }>(`mutation($e: ID!) { createHoldToken(eventId: $e) { token hold { id } } }`, { e: eventId }, key);
  const seat = (await seatsOf(eventId)).find((s) => s.status === 'AVAILABLE')!;
  await graphql(`mutation($id: ID!, $v: Int!, $t: String) { reserveSeat(id: $id, version: $v, holdToken: $t) { id } }`, { id: seat.id, v: seat.version, t: createHoldToken.token }, key);
  const { checkout } = await graphql<{ checkout: { tickets: { secret: string }[] } }>(
    `mutation($h: ID!, $b: BuyerInput) { checkout(holdId: $h, idempotencyKey: "e2e-door", buyer: $b) { tickets { secret } } }`,
    { h: createHoldToken.hold.id, b: { email: 'door@example.com', name: 'Door Test' } },
    key,
  );
  return checkout.tickets[0]!.secret;
}

describe('partners and the door in the browser', () => {
  it('an organiser makes an API key (secret shown once) and revokes it; at the door a typed ticket code says Welcome, then Already in', async () => {
    const session = await logIn('olivia@example.com');
    const context = await openContext(browser, session);
    const page = await context.newPage();
    await page.goto(`${serverUrl()}/organiser/api-keys`);
    await page.getByLabel('Name').fill('Door scanner');
    // The events' checkboxes come with the organiser's events (a query of their own): wait for that group, not any first fieldset.
    await page.getByRole('group', { name: 'Events' }).getByRole('checkbox').first().check();
    await page.getByRole('checkbox', { name: 'CHECK_IN' }).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByTestId('secret').textContent();
    expect(secret).toMatch(/^tsk_/);
    await saveScreenshot(page, '9-api-key-created');
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('secret').count()).toBe(0);
    const row = page.locator('tr', { hasText: 'Door scanner' }).first();
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText(/revoked/).waitFor();

    const event = await findEvent('Concert');
    const ticket = await partnerSale(session.token, event.id);
    await page.goto(`${serverUrl()}/door/${event.id}`);
    await page.getByLabel('Ticket code').fill(ticket);
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.locator('.door-answer[data-status="CHECKED_IN"]').getByText('Welcome').waitFor();
    await saveScreenshot(page, '9-door-welcome');
    await page.getByLabel('Ticket code').fill(ticket);
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.locator('.door-answer[data-status="ALREADY_CHECKED_IN"]').getByText('Already in').waitFor();
    await page.getByLabel('Ticket code').fill('not-a-ticket');
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.locator('.door-answer[data-status="UNKNOWN"]').waitFor();

    await page.goto(`${serverUrl()}/organiser/events/${event.id}/orders`);
    await page.getByLabel('Search').fill('door@example.com');
    await page.locator('td', { hasText: 'Door Test <door@example.com>' }).waitFor();
    await context.close();
  });
});
