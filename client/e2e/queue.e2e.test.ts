import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../src/auth/auth-store.ts';
import { graphql, logIn, serverUrl } from './api.ts';
import { launchChromium, openContext, saveScreenshot } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The server's clock (tests before this one may have moved it), and a way to move it. */
async function advanceClock(ms: number): Promise<Date> {
  const response = await fetch(`${serverUrl()}/__test/advance-clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms }) });
  return new Date(((await response.json()) as { now: string }).now);
}

/** `datetime-local` text for an instant, in this machine's time zone (the browser's). */
const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

async function signUpBuyer(): Promise<Session> {
  const email = `phone-${Date.now()}@example.com`;
  const { signUp } = await graphql<{ signUp: Session }>(
    'mutation ($email: String!) { signUp(email: $email, password: "queue on a phone 4 the arena", name: "Pat on a phone") { token user { id email name role } } }',
    { email },
  );
  return signUp;
}

async function openPhone(session: Session): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await context.addInitScript((stored) => localStorage.setItem('tessera.session', JSON.stringify(stored)), session);
  return context;
}

/** The seat-map documents (layout, states) the page has asked for, from now on: none while its buyer waits. */
function seatMapRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/seat-maps/')) seen.push(path);
  });
  return seen;
}

/** A field's text; when it is not there, what the page says instead, so a failed poll shows the page's state. */
async function text(page: Page, testId: string): Promise<string> {
  const field = page.getByTestId(testId);
  if ((await field.count()) > 0) return (await field.first().textContent())?.trim() ?? '';
  const main = (await page.locator('main').first().innerText({ timeout: 1000 }).catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
  return `(no ${testId}) ${main}`;
}

describe('an on-sale through the waiting room', () => {
  it('the organiser sets the room; two buyers queue before opening, with no seat map downloaded, and are admitted in turn to the map, the first checks out; a third on a phone sees place and wait move', async () => {
    const serverNow = await advanceClock(0);
    const opensAt = new Date(Math.ceil((serverNow.getTime() + 10 * 60_000) / 60_000) * 60_000);
    const name = `Queued premiere ${Date.now()}`;

    // The organiser creates the event with its waiting room and publishes it.
    const organiser = await openContext(browser, await logIn('olivia@example.com'));
    const console = await organiser.newPage();
    await console.goto(`${serverUrl()}/organiser/new`);
    await console.getByLabel('Name', { exact: true }).first().fill(name);
    await console.getByLabel('Venue').fill('Queue Hall');
    await console.getByLabel('Sell through a waiting room').check();
    await console.getByLabel('Opens at').fill(localInput(opensAt));
    await console.getByLabel('Buyers admitted per minute').fill('2');
    await console.getByRole('button', { name: 'Save as draft' }).click();
    await console.getByRole('button', { name: 'Publish: put it on sale' }).click();
    await console.getByRole('heading', { name: `Sales: ${name}` }).waitFor();
    await console.getByRole('heading', { name: 'Waiting room' }).waitFor();
    const { events } = await graphql<{ events: { edges: { node: { id: string; name: string } }[] } }>('{ events(first: 100) { edges { node { id name } } } }');
    const eventId = events.edges.find((e) => e.node.name === name)!.node.id;

    // Two buyers open the event before it opens: the waiting room, not the map.
    const buyers = await Promise.all(['alice@example.com', 'bob@example.com'].map(async (email) => openContext(browser, await logIn(email))));
    const pages = await Promise.all(buyers.map((context) => context.newPage()));
    const mapRequests = new Map(pages.map((page) => [page, seatMapRequests(page)]));
    for (const page of pages) {
      await page.goto(`${serverUrl()}/events/${eventId}`);
      await page.getByRole('heading', { name: `Waiting room: ${name}` }).waitFor();
      await page.getByRole('button', { name: 'Join the queue' }).click();
      await page.getByText('Your place is drawn when sales open').waitFor();
    }
    await expect.poll(() => text(console, 'queue-waiting'), { timeout: 10_000 }).toBe('2');
    await saveScreenshot(pages[0]!, '8-queue-before-opening');
    // Waiting, a buyer's page has not downloaded the seat map.
    for (const page of pages) expect(mapRequests.get(page)).toEqual([]);

    // Opening: the places are drawn and the first buyer (by the draw) is admitted.
    await advanceClock(opensAt.getTime() - serverNow.getTime() + 1000);
    const admittedBanner = (page: Page) => page.getByTestId('admitted-banner');
    await expect.poll(async () => (await Promise.all(pages.map((p) => admittedBanner(p).count()))).reduce((a, b) => a + b, 0), { timeout: 10_000 }).toBe(1);
    const firstIndex = (await admittedBanner(pages[0]!).count()) === 1 ? 0 : 1;
    const [first, second] = [pages[firstIndex]!, pages[1 - firstIndex]!];
    await expect.poll(() => text(second, 'queue-position')).toBe('2');
    expect(await text(second, 'queue-ahead')).toBe('0');
    expect(mapRequests.get(second)).toEqual([]);

    // A third buyer, on a phone, joins after opening: behind both.
    const phone = await openPhone(await signUpBuyer());
    const phonePage = await phone.newPage();
    const phoneMapRequests = seatMapRequests(phonePage);
    await phonePage.goto(`${serverUrl()}/events/${eventId}`);
    await phonePage.getByRole('button', { name: 'Join the queue' }).tap();
    await expect.poll(() => text(phonePage, 'queue-position'), { timeout: 10_000 }).toBe('3');
    expect(await text(phonePage, 'queue-ahead')).toBe('1');
    const waitBefore = await text(phonePage, 'queue-wait');
    await saveScreenshot(phonePage, '8-queue-on-a-phone');

    // The first buyer is straight on the map, with the admission's clock beside the hold's; holds and checks out.
    await first.waitForSelector('canvas.seat-map-canvas[data-scale]');
    expect(mapRequests.get(first)).toEqual(expect.arrayContaining([`/seat-maps/${eventId}/layout`, `/seat-maps/${eventId}/states`]));
    await first.getByLabel('Seats', { exact: true }).selectOption('2');
    await first.getByRole('button', { name: 'Hold best seats' }).click();
    const holdPanel = first.getByRole('complementary', { name: 'Your hold' });
    await holdPanel.getByTestId('hold-countdown').waitFor();
    await holdPanel.getByTestId('admission-countdown').waitFor();
    await saveScreenshot(first, '8-admitted-holding');
    await expect.poll(() => text(console, 'queue-holding'), { timeout: 10_000 }).toBe('1');
    await holdPanel.getByRole('button', { name: 'Check out' }).click();
    await first.getByRole('heading', { name: 'Order confirmed' }).waitFor();

    // Half a minute later (2 a minute) the second buyer's turn comes; the phone's place moves up.
    expect(mapRequests.get(second)).toEqual([]);
    await advanceClock(31_000);
    await admittedBanner(second).waitFor({ timeout: 10_000 });
    await second.waitForSelector('canvas.seat-map-canvas[data-scale]');
    expect(mapRequests.get(second)).toEqual(expect.arrayContaining([`/seat-maps/${eventId}/layout`, `/seat-maps/${eventId}/states`]));
    await expect.poll(() => text(phonePage, 'queue-ahead'), { timeout: 10_000 }).toBe('0');
    expect(await text(phonePage, 'queue-position')).toBe('3');
    // Two admissions to go at 2 a minute, then one: the estimate moves with the place.
    expect(waitBefore).toBe('about 1 minute');
    expect(await text(phonePage, 'queue-wait')).toBe('less than a minute');
    const bar = phonePage.getByRole('progressbar', { name: 'Your progress in the queue' });
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(100);
    // Nothing sideways on the phone.
    expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Still waiting after all that: no seat map on the phone either.
    expect(phoneMapRequests).toEqual([]);
    await saveScreenshot(phonePage, '8-queue-on-a-phone-next');

    await Promise.all([organiser.close(), phone.close(), ...buyers.map((b) => b.close())]);
  });
});
