import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEvent, graphql, logIn, newBuyer, seatsOf, seatStatus, serverUrl, type SeatRef } from './api.ts';
import { aimAt, launchChromium, openContext, openEventPage, openPhoneContext, pinch, saveScreenshot, seatPoint, toastTexts, waitForMapAtRest, waitForSeatLook } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function view(page: Page) {
  return page.locator('canvas.seat-map-canvas').evaluate((canvas) => ({
    scale: Number(canvas.dataset['scale']),
    offsetX: Number(canvas.dataset['offsetX']),
    offsetY: Number(canvas.dataset['offsetY']),
    mode: canvas.dataset['mode'],
    rowLabels: Number(canvas.dataset['rowLabels']),
    width: canvas.clientWidth,
    height: canvas.clientHeight,
  }));
}

/** The available standard seat drawn nearest the middle of the map now. */
async function seatNearMiddle(page: Page, seats: SeatRef[]): Promise<SeatRef> {
  const { scale, offsetX, offsetY, width, height } = await view(page);
  const distance = (seat: SeatRef) => Math.hypot(seat.x * scale + offsetX - width / 2, seat.y * scale + offsetY - height / 2);
  const seat = seats.filter((candidate) => candidate.status === 'AVAILABLE' && candidate.kind === 'S').sort((a, b) => distance(a) - distance(b))[0];
  if (!seat) throw new Error('no available seat on the map');
  return seat;
}

/** The demo hall on a phone (390 px, touch) for a new buyer, its map drawn at the whole-hall view. */
async function openHallOnPhone(buyer: string) {
  const hall = await findEvent('Concert');
  const context = await openPhoneContext(browser, await newBuyer(buyer));
  const page = await context.newPage();
  await page.goto(`${serverUrl()}/events/${hall.id}`);
  await page.waitForSelector('canvas.seat-map-canvas[data-scale]');
  return { hall, context, page, canvas: page.locator('canvas.seat-map-canvas'), fit: await view(page) };
}

describe('the seat map on a phone', () => {
  it('a finger scrolls the page past the whole hall, a tap there zooms in instead of taking a seat, pinch-zoom, tap a seat of 24 px or more and check out from the sticky bar', async () => {
    const { hall, context, page, canvas, fit } = await openHallOnPhone('phone');
    const box = (await canvas.boundingBox())!;

    // One finger at the whole-venue view scrolls the page, not the map.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + 60, y: box.y + 250, id: 1 }] });
    for (let step = 1; step <= 10; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x + 60, y: box.y + 250 - step * 20, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    expect((await view(page)).offsetY).toBe(fit.offsetY);
    await page.evaluate(() => window.scrollTo(0, 0));

    // Seats at the whole-hall view are far below 24 px: a tap zooms in and takes nothing.
    const again = (await canvas.boundingBox())!;
    await page.touchscreen.tap(again.x + again.width / 2, again.y + again.height * 0.55);
    await expect.poll(async () => (await view(page)).scale).toBeGreaterThan(fit.scale * 1.5);
    expect(await page.getByRole('region', { name: 'Your hold, short' }).count()).toBe(0);

    // Two fingers apart until seats are big enough to tap.
    for (let tries = 0; tries < 4 && (await view(page)).scale < 24; tries++) await pinch(page, again.x + again.width / 2, again.y + again.height / 2, 60, 180);
    const zoomed = await view(page);
    expect(zoomed.scale).toBeGreaterThanOrEqual(24);
    const seat = await seatNearMiddle(page, await seatsOf(hall.id));
    const point = await seatPoint(page, seat);
    await page.touchscreen.tap(point.x, point.y);
    await waitForSeatLook(page, seat, 'mine');
    expect(await page.getByTestId('seat-card').textContent()).toContain(`Row ${seat.row} · Seat ${seat.number}`);

    const bar = page.getByRole('region', { name: 'Your hold, short' });
    await bar.waitFor();
    expect(await bar.getByTestId('hold-bar-total').textContent()).toMatch(/^€\d+$/);
    // The bar is on screen without scrolling: the timer, the total and Check out in reach.
    const barBox = (await bar.boundingBox())!;
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(844 + 1);
    await saveScreenshot(page, 'readme-hall-phone');
    await bar.getByRole('button', { name: 'Check out' }).tap();
    await page.getByRole('heading', { name: 'Order confirmed' }).waitFor();
    expect(await seatStatus(seat.id)).toBe('SOLD');
    await context.close();
  });

  it('a second tap during a zoom carries the map on from where the first zoom had got to, not back from where it began', async () => {
    const { context, page, canvas, fit } = await openHallOnPhone('phone-taps');
    const box = (await page.locator('.seat-map-stage').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.55);
    // Held halfway through the first zoom, so the second tap surely comes during it.
    const halfway = await canvas.evaluate((element) => {
      const [zoom] = element.getAnimations();
      if (!zoom) return null;
      zoom.pause();
      zoom.currentTime = 80;
      return getComputedStyle(element).transform;
    });
    expect(halfway).toMatch(/^matrix\(/);
    const first = await view(page);
    expect(first.scale).toBeGreaterThan(fit.scale * 1.5);
    // Still too small to tap a seat: the second tap zooms on.
    expect(first.scale).toBeLessThan(24);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const second = await canvas.evaluate((element) => {
      const [zoom] = element.getAnimations();
      return zoom ? String((zoom.effect as KeyframeEffect).getKeyframes()[0]!['transform']) : null;
    });
    expect(second).toBe(halfway);
    expect((await view(page)).scale).toBeGreaterThan(first.scale);
    await waitForMapAtRest(page);
    expect(await canvas.evaluate((element) => getComputedStyle(element).transform)).toBe('none');
    await context.close();
  });
});

describe('reading the map', () => {
  it('a sold-out event says so at the top, turns best available off and offers the waitlist; a click on a sold seat says it is sold', async () => {
    const club = await findEvent('Jazz Trio');
    const { token } = await newBuyer('last-six');
    const left = (await seatsOf(club.id)).filter((seat) => seat.status === 'AVAILABLE');
    expect(left.length).toBeGreaterThan(0);
    const taken = await graphql<{ reserveSeats: { id: string }[] }>(
      'mutation ($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id } }',
      { seats: left.map(({ id, version }) => ({ id, version })) },
      token,
    );
    expect(taken.reserveSeats).toHaveLength(left.length);
    const { me } = await graphql<{ me: { holds: { id: string; eventId: string }[] } }>('{ me { holds { id eventId } } }', {}, token);
    const hold = me.holds.find((candidate) => candidate.eventId === club.id)!;
    await graphql('mutation ($id: ID!, $key: String!) { checkout(holdId: $id, idempotencyKey: $key) { id } }', { id: hold.id, key: `sold-out-${Date.now()}` }, token);

    const page = await openEventPage(await openContext(browser, await newBuyer('too-late')), serverUrl(), club.id);
    const banner = page.getByTestId('sold-out');
    await banner.waitFor();
    expect(await banner.getByRole('heading', { name: 'Sold out' }).count()).toBe(1);
    expect(await banner.getByTestId('waitlist-offer').textContent()).toContain('waitlist');
    expect(await page.getByRole('button', { name: 'Hold best seats' }).isDisabled()).toBe(true);
    expect(await page.getByText('Sold out: no seats left to hold.').count()).toBe(1);
    const sold = left[0]!;
    const point = await aimAt(page, sold, 12);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => toastTexts(page)).toContain(`Seat ${sold.section}-${sold.row}-${sold.number} is sold.`);
    await saveScreenshot(page, '9-sold-out');
    await page.context().close();
  });

  it('a wheelchair place found through the filter: the finder lists it, shows it on the map, and holds it', async () => {
    const hall = await findEvent('Concert');
    const context = await openContext(browser, await newBuyer('wheelchair'));
    const page = await openEventPage(context, serverUrl(), hall.id);
    const finder = page.getByRole('region', { name: 'Find seats' });
    await finder.getByLabel('Wheelchair spaces').check();
    await expect.poll(() => finder.getByTestId('finder-count').textContent()).toMatch(/^\d+ seats match, \d+ of them available/);
    const first = finder.getByRole('button', { name: /^Hold Section .*wheelchair space$/ }).first();
    const name = (await first.getAttribute('aria-label'))!.replace(/^Hold /, '');
    const wheelchair = (await seatsOf(hall.id)).find((seat) => seat.kind === 'W' && name.startsWith(`Section ${seat.section}, row ${seat.row}, seat ${seat.number},`))!;
    expect(wheelchair).toBeDefined();

    await finder.getByRole('button', { name: `Show ${name} on the map` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${name}, available`);
    await waitForSeatLook(page, wheelchair, 'available');
    await first.click();
    await waitForSeatLook(page, wheelchair, 'mine');
    const panel = page.getByRole('complementary', { name: 'Your hold' });
    await expect.poll(() => panel.locator('.hold-items li').allTextContents()).toEqual([expect.stringContaining(`Seat ${wheelchair.section}-${wheelchair.row}-${wheelchair.number}`)]);
    await saveScreenshot(page, '10-wheelchair-filter');
    await panel.getByRole('button', { name: 'Release everything' }).click();
    await waitForSeatLook(page, wheelchair, 'available');
    await context.close();
  });
});

describe('the arena', () => {
  it('opens on the overview of sections coloured by what is left; a click on a section zooms into it with labels', async () => {
    const arena = await findEvent('Stadium');
    const context = await openContext(browser, null);
    const page = await openEventPage(context, serverUrl(), arena.id);
    expect((await view(page)).mode).toBe('overview');
    expect((await view(page)).rowLabels).toBe(0);
    await saveScreenshot(page, 'readme-arena-overview');
    const seats = await seatsOf(arena.id);
    const inSection = seats.filter((seat) => seat.section === '106');
    const middle = inSection[Math.floor(inSection.length / 2)]!;
    const point = await seatPoint(page, middle);
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await view(page)).mode).toBe('seats');
    expect(await page.getByTestId('map-hint').textContent()).toBe('Section 106: click a seat to hold it.');
    // The map is at a zoom that draws row labels, in text of at least 8 px.
    expect((await view(page)).rowLabels).toBeGreaterThanOrEqual(8);
    await page.mouse.move(1, 1);
    await waitForMapAtRest(page);
    await saveScreenshot(page, 'readme-arena-section');
    await context.close();
  });

  it('a click on a section carries the map there in a short zoom (a transform of the canvas), then draws its seats sharp; with reduced motion it draws at once', async () => {
    const arena = await findEvent('Stadium');
    const seat = (await seatsOf(arena.id)).find((candidate) => candidate.section === '112' && candidate.row === '10' && candidate.status === 'AVAILABLE')!;
    const canvasState = (page: Page) =>
      page.locator('canvas.seat-map-canvas').evaluate((canvas) => ({ animations: canvas.getAnimations().length, transform: getComputedStyle(canvas).transform, mode: canvas.dataset['mode'] }));
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await openContext(browser, null);
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion });
      await page.goto(`${serverUrl()}/events/${arena.id}`);
      await page.waitForSelector('canvas.seat-map-canvas[data-scale]');
      const point = await seatPoint(page, seat);
      await page.mouse.click(point.x, point.y);
      const right = await canvasState(page);
      // The view is the section's at once (what hit tests and these tests aim by).
      expect(right.mode).toBe('seats');
      if (reducedMotion === 'reduce') {
        expect(right).toMatchObject({ animations: 0, transform: 'none' });
      } else {
        expect(right.animations).toBe(1);
        expect(right.transform).not.toBe('none');
        await waitForMapAtRest(page);
        expect((await canvasState(page)).transform).toBe('none');
      }
      // Drawn sharp at the new view: the seat shows its own look where the view puts it.
      await waitForSeatLook(page, seat, 'available', 1000);
      await context.close();
    }
  });

  it('keyboard only: Tab reaches the map, which zooms to the seat; arrows and PageDown move, Enter holds, Space gives it back', async () => {
    const arena = await findEvent('Stadium');
    const context = await openContext(browser, await newBuyer('keyboard'));
    const page = await openEventPage(context, serverUrl(), arena.id);
    let onSeat = false;
    for (let presses = 0; presses < 40 && !onSeat; presses++) {
      await page.keyboard.press('Tab');
      onSeat = await page.evaluate(() => document.activeElement?.classList.contains('seat-focus') ?? false);
    }
    expect(onSeat).toBe(true);
    const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await label()).toMatch(/^Section Floor A, row A, seat 1, Floor, €120, /);
    // Focus brought the seat into view at a size to read it.
    await expect.poll(async () => (await view(page)).mode).toBe('seats');
    await page.keyboard.press('PageDown');
    expect(await label()).toMatch(/^Section Floor B, row A, seat 1, /);
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    expect(await label()).toMatch(/^Section Floor B, row C, seat 3, /);
    // Walk on along the row until a seat is free (the demo sold some), then take it.
    for (let step = 0; step < 30 && !(await label()).endsWith(', available'); step++) await page.keyboard.press('ArrowRight');
    expect(await label()).toMatch(/^Section Floor B, row C, seat \d+, Floor, €120, available$/);
    expect(await page.locator('p[aria-live="polite"]').first().textContent()).toBe(await label());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.endsWith('held by you'));
    await saveScreenshot(page, '6-keyboard-reserved');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.endsWith(', available'));
    await context.close();
  });

  it('the mouse: hovering a seat shows its card once it rests there; a drag pans the map and goes on after it leaves the map; a press that slips off the map without dragging is dropped, and the next click holds a seat', async () => {
    const arena = await findEvent('Stadium');
    const context = await openContext(browser, await newBuyer('dragger'));
    const page = await openEventPage(context, serverUrl(), arena.id);
    const seats = await seatsOf(arena.id);
    const inSection = seats.filter((seat) => seat.section === '106');
    const entry = await seatPoint(page, inSection[Math.floor(inSection.length / 2)]!);
    await page.mouse.click(entry.x, entry.y);
    await expect.poll(async () => (await view(page)).mode).toBe('seats');
    await waitForMapAtRest(page);
    // Hover: the card of the seat the mouse rests on (hover-intent.test.ts: not of each seat it sweeps across); gone when it leaves.
    const card = page.getByTestId('seat-card');
    const rested = await seatNearMiddle(page, seats);
    const restPoint = await seatPoint(page, rested);
    await page.mouse.move(restPoint.x - 60, restPoint.y, { steps: 2 });
    await page.mouse.move(restPoint.x, restPoint.y, { steps: 6 });
    await expect.poll(async () => (await card.count()) > 0 && (await card.textContent())).toContain(`Row ${rested.row} · Seat ${rested.number}`);
    await page.mouse.move(1, 1);
    await expect.poll(() => card.count()).toBe(0);
    const box = (await page.locator('.seat-map-stage').boundingBox())!;
    const before = await view(page);
    // Dragged 100 px right within the map, then on up and out of it, released outside: every move counts.
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 100, y, { steps: 5 });
    await page.mouse.move(x + 100, box.y - 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await view(page)).offsetX - before.offsetX).toBeCloseTo(100, 0);
    expect((await view(page)).offsetY - before.offsetY).toBeCloseTo(box.y - 40 - y, 0);
    // Pressed at the map's edge and slipped off it by less than a drag, released outside.
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x - 4, y);
    await page.mouse.up();
    // The next click is a click: it holds the seat.
    const seat = await seatNearMiddle(page, seats);
    const point = await seatPoint(page, seat);
    await page.mouse.click(point.x, point.y);
    await waitForSeatLook(page, seat, 'mine');
    await context.close();
  });
});

describe('best available when no block is left', () => {
  it('offers the nearest seats apart and holds them all at once', async () => {
    const organiser = await logIn('olivia@example.com');
    const name = `Chamber ${Date.now()}`;
    const { createEvent } = await graphql<{ createEvent: { id: string } }>(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          name,
          venue: 'Small Room',
          startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          tiers: [{ name: 'Seat', kind: 'RESERVED', priceCents: 2550 }],
          sections: [{ name: 'Room', rows: 2, seatsPerRow: 6 }],
        },
      },
      organiser.token,
    );
    await graphql('mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: createEvent.id }, organiser.token);
    // Another buyer holds every other seat: six are left, no two side by side.
    const bob = await newBuyer('every-other');
    const every = await seatsOf(createEvent.id);
    await graphql('mutation ($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id } }', { seats: every.filter((_, i) => i % 2 === 0).map(({ id, version }) => ({ id, version })) }, bob.token);

    const context = await openContext(browser, await newBuyer('party-of-three'));
    const page = await openEventPage(context, serverUrl(), createEvent.id);
    expect(await page.getByLabel('Best available in').textContent()).toContain('€25.50, 6 left');
    await page.getByLabel('Seats', { exact: true }).selectOption('3');
    await page.getByRole('button', { name: 'Hold best seats' }).click();
    const offer = page.getByTestId('apart-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('No 3 seats together are left in Seat. The nearest 3 apart:');
    await offer.getByRole('button', { name: 'Hold these 3 seats apart' }).click();
    const panel = page.getByRole('complementary', { name: 'Your hold' });
    await expect.poll(() => panel.locator('.hold-items li').count()).toBe(3);
    expect(await panel.getByTestId('hold-total').textContent()).toBe('€76.50');
    await context.close();
  });
});
