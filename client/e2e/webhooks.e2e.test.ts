import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableSeat, findEvent, graphql, logIn, newBuyer, serverUrl } from './api.ts';
import { launchChromium, openContext, saveScreenshot } from './browser.ts';

/** A partner's endpoint: records every POST it gets and answers 204. */
interface Received {
  headers: IncomingHttpHeaders;
  body: { type: string; data: { eventId?: string } };
}

let browser: Browser;
let endpoint: Server;
const received: Received[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  endpoint = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(body) as Received['body'] });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => endpoint?.close(resolve));
});

describe('webhooks in the browser', () => {
  it('an organiser makes a webhook (secret shown once); an order reaches the endpoint signed, the page lists the delivery, Redeliver sends it again, Delete removes it', async () => {
    const event = await findEvent('Concert');
    const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/hook-${Date.now()}`;
    const context = await openContext(browser, await logIn('olivia@example.com'));
    const page = await context.newPage();
    await page.goto(`${serverUrl()}/organiser/webhooks`);
    await page.getByLabel('URL').fill(url);
    await page.getByRole('group', { name: 'Events' }).getByRole('checkbox', { name: event.name }).check();
    await page.getByRole('button', { name: 'Create webhook' }).click();
    expect(await page.getByTestId('secret').textContent()).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('secret').count()).toBe(0);
    const hook = page.locator('.webhooks li', { hasText: url });
    await hook.waitFor();

    // A buyer's order on that event, made through the API.
    const buyer = await newBuyer('webhook');
    const seat = await availableSeat(event.id, 'Stalls Centre', 'P');
    await graphql('mutation ($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }', { id: seat.id, v: seat.version }, buyer.token);
    const { me } = await graphql<{ me: { holds: { id: string }[] } }>('{ me { holds { id } } }', {}, buyer.token);
    await graphql('mutation ($h: ID!) { checkout(holdId: $h, idempotencyKey: "e2e-webhook") { id } }', { h: me.holds[0]!.id }, buyer.token);

    const ours = () => received.filter((r) => r.body.type === 'ORDER_CONFIRMED' && r.headers['webhook-id']);
    await expect.poll(() => ours().length, { timeout: 15_000 }).toBe(1);
    expect(ours()[0]!.headers['webhook-signature']).toMatch(/^v1,/);

    await hook.getByRole('button', { name: 'Deliveries' }).click();
    const row = hook.locator('tr', { hasText: 'ORDER_CONFIRMED' });
    await row.waitFor();
    await expect.poll(() => row.locator('td').nth(2).textContent()).toMatch(/DELIVERED/);
    expect(await row.locator('td').nth(3).textContent()).toMatch(/^204 in \d+ ms$/);
    await saveScreenshot(page, '11-webhook-delivered');

    await row.getByRole('button', { name: 'Redeliver' }).click();
    await expect.poll(() => ours().length, { timeout: 15_000 }).toBe(2);
    // The same message again: receivers deduplicate by its id.
    expect(ours()[1]!.headers['webhook-id']).toBe(ours()[0]!.headers['webhook-id']);

    await hook.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.webhooks li', { hasText: url }).count()).toBe(0);
    await context.close();
  });
});
