import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableSeat, findEvent, graphql, logIn, seatStatus, serverUrl, type EventRef } from './api.ts';
import { clickSeat, lastPointerUpAt, launchChromium, openContext, openEventPage, saveScreenshot, toastTexts, waitForSeatLook } from './browser.ts';
import { startCuttableProxy } from './cuttable-proxy.ts';

let browser: Browser;
let hall: EventRef;
let aliceContext: BrowserContext;
let bobContext: BrowserContext;
let alice: Page;
let bob: Page;

beforeAll(async () => {
  browser = await launchChromium();
  hall = await findEvent('Concert');
  aliceContext = await openContext(browser, await logIn('alice@example.com'));
  bobContext = await openContext(browser, await logIn('bob@example.com'));
  [alice, bob] = await Promise.all([openEventPage(aliceContext, serverUrl(), hall.id), openEventPage(bobContext, serverUrl(), hall.id)]);
  await warmUpReservationPath(hall.id);
});

/** A fresh server compiles its reservation path on first use; a real one has long been warm. */
async function warmUpReservationPath(eventId: string) {
  const { token } = await logIn('olivia@example.com');
  for (const row of ['C', 'D']) {
    const seat = await availableSeat(eventId, 'Balcony', row);
    await graphql('mutation ($id: ID!, $version: Int!) { reserveSeat(id: $id, version: $version) { id } }', { id: seat.id, version: seat.version }, token);
    await graphql('mutation ($id: ID!) { releaseSeat(id: $id) { id } }', { id: seat.id }, token);
  }
}

afterAll(async () => {
  await browser?.close();
});

describe('two buyers on one seat map', () => {
  it('A clicks a seat: it repaints as hers at once, and B sees it held within 200 ms', async () => {
    // Three clicks, judged by the median: one click can meet a busy moment of this shared machine.
    const delays: number[] = [];
    for (const row of ['F', 'G', 'H']) {
      const seat = await availableSeat(hall.id, 'Stalls Centre', row);
      const bobSees = waitForSeatLook(bob, seat, 'held');
      await clickSeat(alice, seat);
      const clickedAt = await lastPointerUpAt(alice);
      delays.push((await bobSees) - clickedAt);
      await waitForSeatLook(alice, seat, 'mine');
      expect(await seatStatus(seat.id)).toBe('HELD');
    }
    const median = [...delays].sort((a, b) => a - b)[1]!;
    console.info(`another buyer saw the clicks after ${delays.map((delay) => delay.toFixed(0)).join(', ')} ms`);
    expect(median).toBeLessThan(200);
    await saveScreenshot(alice, 'event-page');
    await saveScreenshot(bob, '1-other-buyer-sees-held');
  });

  it('both click the same seat at once: exactly one holds it, the other sees it roll back and a toast', async () => {
    const seat = await availableSeat(hall.id, 'Stalls Centre', 'K');
    // A barrier on the reservation requests: neither reaches the server before both buyers have
    // clicked and painted their optimistic hold, so the race is real every time.
    let arrived = 0;
    let releaseBoth: () => void = () => undefined;
    const bothArrived = new Promise<void>((resolve) => (releaseBoth = resolve));
    for (const page of [alice, bob]) {
      await page.route('**/graphql', async (route) => {
        if (!route.request().postData()?.includes('ReserveSeat')) return route.continue();
        if (++arrived === 2) releaseBoth();
        await bothArrived;
        await route.continue();
      });
    }
    await Promise.all([clickSeat(alice, seat), clickSeat(bob, seat)]);
    await bothArrived;
    const outcomes = await Promise.all(
      [alice, bob].map(async (page) => {
        const [mine, lost] = await Promise.race([
          waitForSeatLook(page, seat, 'mine', 5000).then(() => [true, false] as const),
          page.waitForSelector('[data-testid="toast"]:has-text("was just taken")', { timeout: 5000 }).then(() => [false, true] as const),
        ]);
        return { page, mine, lost };
      }),
    );
    await Promise.all([alice.unroute('**/graphql'), bob.unroute('**/graphql')]);
    expect(outcomes.filter((outcome) => outcome.mine)).toHaveLength(1);
    const loser = outcomes.find((outcome) => outcome.lost);
    expect(loser).toBeDefined();
    // The loser's optimistic hold rolled back to "held by someone else", repaired from the error.
    await waitForSeatLook(loser!.page, seat, 'held');
    expect(await toastTexts(loser!.page)).toContain(`Seat Stalls Centre-K-${seat.number} was just taken`);
    expect(await seatStatus(seat.id)).toBe('HELD');
    await saveScreenshot(loser!.page, '2-race-lost-toast');
  });

  it('the socket is cut and restored: the map says it is not live, and what changed meanwhile appears', async () => {
    const proxy = await startCuttableProxy(Number(new URL(serverUrl()).port));
    const viaProxy = await openEventPage(aliceContext, `http://127.0.0.1:${proxy.port}`, hall.id);
    try {
      const seat = await availableSeat(hall.id, 'Stalls Right', 'H');
      expect(await viaProxy.getByTestId('stale-cue').count()).toBe(0);
      proxy.cut();
      await viaProxy.waitForSelector('[data-testid="connection"]:is([data-status="reconnecting"], [data-status="offline"])');
      // The stale cue on the map itself, not only the header's pill; the map is greyed under it.
      expect(await viaProxy.getByTestId('stale-cue').textContent()).toMatch(/^(Not live: reconnecting|Offline: this map is not live)/);
      expect(await viaProxy.locator('.seat-map.stale').count()).toBe(1);
      await saveScreenshot(viaProxy, '3-socket-cut');
      await clickSeat(bob, seat);
      await waitForSeatLook(bob, seat, 'mine');
      await waitForSeatLook(viaProxy, seat, 'available', 100);
      proxy.restore();
      await viaProxy.waitForSelector('[data-testid="connection"][data-status="live"]', { timeout: 20_000 });
      await waitForSeatLook(viaProxy, seat, 'held');
      await viaProxy.getByTestId('stale-cue').waitFor({ state: 'detached' });
      await saveScreenshot(viaProxy, '3-socket-restored');
    } finally {
      await viaProxy.close();
      await proxy.close();
    }
  });

  it('a hold expires: the seat comes back on both screens, and its buyer is told', async () => {
    const seat = await availableSeat(hall.id, 'Stalls Left', 'J');
    await clickSeat(alice, seat);
    await waitForSeatLook(alice, seat, 'mine');
    await waitForSeatLook(bob, seat, 'held');
    const response = await fetch(`${serverUrl()}/__test/advance-clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms: 16 * 60_000 }) });
    expect(response.ok).toBe(true);
    await Promise.all([waitForSeatLook(alice, seat, 'available'), waitForSeatLook(bob, seat, 'available')]);
    await alice.waitForSelector('[data-testid="toast"]:has-text("Your hold expired")');
    expect(await seatStatus(seat.id)).toBe('AVAILABLE');
    await saveScreenshot(alice, '4-hold-expired');
  });

  it('with HTTP blocked and the socket up, the map is not called live: a refused click says why and the cue stays until HTTP is back', async () => {
    const page = await openEventPage(aliceContext, serverUrl(), hall.id);
    const seat = await availableSeat(hall.id, 'Stalls Left', 'K');
    await page.route('**/graphql', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue()));
    await clickSeat(page, seat);
    await page.waitForSelector('[data-testid="toast"]:has-text("No connection to the box office")');
    await page.waitForSelector('[data-testid="connection"][data-status="no-http"]');
    expect(await page.getByTestId('stale-cue').textContent()).toContain('The box office cannot be reached');
    await waitForSeatLook(page, seat, 'available');
    await saveScreenshot(page, '8-http-blocked');
    await page.unroute('**/graphql');
    // The client probes on its own while HTTP is down: the cue clears without another click.
    await page.waitForSelector('[data-testid="connection"][data-status="live"]', { timeout: 10_000 });
    await page.getByTestId('stale-cue').waitFor({ state: 'detached' });
    await page.close();
  });
});
