import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createAccount, createEventFixture, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';
import { CHECK_IN, createKey, organiserWithEvent, sellSeat } from '../../test/partners-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Answer = { checkIn: { status: string; firstCheckedInAt: string | null; ticket: { id: string } | null } };

describe('check-in at the door', () => {
  it('32 concurrent scans of one ticket at four doors: exactly one CHECKED_IN, 31 ALREADY_CHECKED_IN with the same time', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const seller = await createKey(server, organizer, [event.id], ['SELL']);
    const doors = await Promise.all([0, 1, 2, 3].map(() => createKey(server, organizer, [event.id], ['CHECK_IN'])));
    const { secret } = await sellSeat(server, seller, event, 0);
    const scans = await Promise.all(Array.from({ length: 32 }, (_, i) => gql<Answer>(server, CHECK_IN, { e: event.id, s: secret }, doors[i % 4]!.secret)));
    expect(scans.every((s) => s.status === 200 && !s.errors)).toBe(true);
    const statuses = scans.map((s) => s.data!.checkIn.status);
    expect(statuses.filter((s) => s === 'CHECKED_IN')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'ALREADY_CHECKED_IN')).toHaveLength(31);
    expect(new Set(scans.map((s) => s.data!.checkIn.firstCheckedInAt)).size).toBe(1);
    const [{ n }] = (await server.app.orm.em.fork().execute(`select count(*)::int as n from order_tickets where secret = ? and checked_in_at is not null`, [secret])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('a cancelled order’s ticket answers CANCELLED; another event’s ticket WRONG_EVENT; a made-up secret UNKNOWN', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const other = await createEventFixture(server, { organizer });
    const seller = await createKey(server, organizer, [event.id, other.id], ['SELL']);
    const door = await createKey(server, organizer, [event.id], ['CHECK_IN']);
    const sold = await sellSeat(server, seller, event, 0);
    await ok(server, `mutation($id: ID!) { cancelOrder(id: $id) { status } }`, { id: sold.orderId }, seller.secret);
    const cancelled = await ok<Answer>(server, CHECK_IN, { e: event.id, s: sold.secret }, door.secret);
    expect(cancelled.checkIn).toMatchObject({ status: 'CANCELLED', firstCheckedInAt: null });
    expect(cancelled.checkIn.ticket).not.toBeNull();
    const elsewhere = await sellSeat(server, seller, other, 0);
    expect((await ok<Answer>(server, CHECK_IN, { e: event.id, s: elsewhere.secret }, door.secret)).checkIn).toEqual({ status: 'WRONG_EVENT', ticket: null, firstCheckedInAt: null });
    for (const s of ['0'.repeat(64), 'x'.repeat(500), '']) {
      expect((await ok<Answer>(server, CHECK_IN, { e: event.id, s }, door.secret)).checkIn.status).toBe('UNKNOWN');
    }
  });

  it('the organiser scans their own events; a buyer or another organiser cannot', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const seller = await createKey(server, organizer, [event.id], ['SELL']);
    const sold = await sellSeat(server, seller, event, 1);
    expect((await ok<Answer>(server, CHECK_IN, { e: event.id, s: sold.secret }, organizer.token)).checkIn.status).toBe('CHECKED_IN');
    const [buyer, stranger] = [await createAccount(server), await createAccount(server, 'ORGANIZER')];
    expect(codeOf(await gql(server, CHECK_IN, { e: event.id, s: sold.secret }, buyer.token))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, CHECK_IN, { e: event.id, s: sold.secret }, stranger.token))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, CHECK_IN, { e: event.id, s: sold.secret }))).toBe('UNAUTHENTICATED');
  });

  it('a buyer sees their own tickets’ secrets and QR codes in My tickets; other buyers never do', async () => {
    const event = await createEventFixture(server);
    const [buyer, other] = [await createAccount(server), await createAccount(server)];
    const seat = event.seats[0]!;
    const { reserveSeat } = await ok<{ reserveSeat: { hold: { id: string } } }>(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { hold { id } } }`, { id: seat.id, v: seat.version }, buyer.token);
    const { checkout } = await ok<{ checkout: { id: string } }>(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "mine") { id } }`, { h: reserveSeat.hold.id }, buyer.token);
    const { me } = await ok<{ me: { orders: { tickets: { secret: string; qrCodeSvg: string }[] }[] } }>(server, `{ me { orders { tickets { secret qrCodeSvg } } } }`, {}, buyer.token);
    expect(me.orders[0]!.tickets[0]!.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(me.orders[0]!.tickets[0]!.qrCodeSvg).toContain('<svg');
    expect(codeOf(await gql(server, `query($id: ID!) { order(id: $id) { tickets { secret } } }`, { id: checkout.id }, other.token))).toBe('NOT_FOUND');
    const own = await ok<{ order: { buyer: unknown; tickets: { secret: string }[] } }>(server, `query($id: ID!) { order(id: $id) { buyer { email } tickets { secret } } }`, { id: checkout.id }, buyer.token);
    // The buyer sees their secrets; `buyer` is for the organiser and the keys.
    expect(own.order).toEqual({ buyer: null, tickets: [{ secret: me.orders[0]!.tickets[0]!.secret }] });
  });
});
