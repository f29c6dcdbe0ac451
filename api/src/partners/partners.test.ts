import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/sql.ts';
import { codeOf, createAccount, createEventFixture, gql, ok, settle, startTestServer, subscribe, wsClient, type TestServer } from '../../test/harness.ts';
import { CHECKOUT_FOR, RESERVE_FOR, createHoldToken, createKey, organiserWithEvent, sellSeat } from '../../test/partners-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ holds: { idleSeconds: 180, lifeSeconds: 600, maxSeconds: 900 } });
});
afterAll(() => server.close());

const ORDER = `query($id: ID!) { order(id: $id) { id buyer { email name } tickets { secret } } }`;

describe('API keys', () => {
  it('are made by an organiser for their own events only, shown once, kept as a hash, and note their last use', async () => {
    const mine = await organiserWithEvent(server);
    const theirs = await organiserWithEvent(server);
    const create = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name scopes secretPrefix lastUsedAt events { id } } secret } }`;
    const refused = await gql(server, create, { input: { name: 'x', eventIds: [theirs.event.id], scopes: ['READ'] } }, mine.organizer.token);
    expect(codeOf(refused)).toBe('NOT_FOUND');
    const buyer = await createAccount(server);
    expect(codeOf(await gql(server, create, { input: { name: 'x', eventIds: [mine.event.id], scopes: ['READ'] } }, buyer.token))).toBe('FORBIDDEN');

    const { createApiKey } = await ok<{ createApiKey: { apiKey: { id: string; secretPrefix: string; lastUsedAt: string | null; events: { id: string }[] }; secret: string } }>(
      server, create, { input: { name: 'Box office', eventIds: [mine.event.id], scopes: ['READ', 'SELL'] } }, mine.organizer.token);
    expect(createApiKey.secret).toMatch(/^tsk_[A-Za-z0-9_-]{43}$/);
    expect(createApiKey.apiKey).toMatchObject({ secretPrefix: createApiKey.secret.slice(0, 8), lastUsedAt: null, events: [{ id: mine.event.id }] });
    const [stored] = await query<{ secret_hash: string }>(server.app.orm.em.fork(), 'select secret_hash from api_keys where id = ?', [Number(createApiKey.apiKey.id)]);
    expect(stored!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(createApiKey.secret.slice(4));

    await ok(server, `{ events { totalCount } }`, {}, createApiKey.secret);
    const { apiKeys } = await ok<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(server, `{ apiKeys { id lastUsedAt } }`, {}, mine.organizer.token);
    expect(apiKeys.find((k) => k.id === createApiKey.apiKey.id)!.lastUsedAt).not.toBeNull();
    // The list never shows a secret: the schema has no field for it.
    const { __type } = await ok<{ __type: { fields: { name: string }[] } }>(server, `{ __type(name: "ApiKey") { fields { name } } }`);
    expect(__type.fields.map((f) => f.name)).not.toContain('secret');
  });

  it('a key reaches only its organiser’s events, and does only what its scopes allow', async () => {
    const mine = await organiserWithEvent(server);
    const theirs = await organiserWithEvent(server);
    const seller = await createKey(server, mine.organizer, [mine.event.id], ['SELL']);
    const reader = await createKey(server, mine.organizer, [mine.event.id], ['READ']);
    const sold = await sellSeat(server, seller, mine.event, 0);
    const sellerOfTheirs = await createKey(server, theirs.organizer, [theirs.event.id], ['SELL', 'READ']);
    const soldTheirs = await sellSeat(server, sellerOfTheirs, theirs.event, 0);

    // READ: orders and event lists of its own events only.
    const read = await ok<{ order: { buyer: { email: string }; tickets: { secret: string }[] } }>(server, ORDER, { id: sold.orderId }, reader.secret);
    expect(read.order.buyer.email).toBe(`customer-${mine.event.seats[0]!.id}@example.com`);
    expect(read.order.tickets[0]!.secret).toBe(sold.secret);
    expect(codeOf(await gql(server, ORDER, { id: soldTheirs.orderId }, reader.secret))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, `query($id: ID!) { event(id: $id) { id } }`, { id: theirs.event.id }, reader.secret))).toBe('NOT_FOUND');
    const { events } = await ok<{ events: { edges: { node: { id: string } }[] } }>(server, `{ events(first: 100) { edges { node { id } } } }`, {}, reader.secret);
    expect(events.edges.map((e) => e.node.id)).toEqual([mine.event.id]);
    const orders = `query($id: ID!) { event(id: $id) { orders { totalCount edges { node { id } } } } }`;
    expect((await ok<{ event: { orders: { totalCount: number } } }>(server, orders, { id: mine.event.id }, reader.secret)).event.orders.totalCount).toBe(1);

    // Scopes: READ cannot sell or scan, SELL cannot list orders nor scan, nobody reaches another organiser's event.
    expect(codeOf(await gql(server, `mutation($e: ID!) { createHoldToken(eventId: $e) { token } }`, { e: mine.event.id }, reader.secret))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server, `mutation($e: ID!) { createHoldToken(eventId: $e) { token } }`, { e: theirs.event.id }, seller.secret))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, orders, { id: mine.event.id }, seller.secret))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server, `mutation($e: ID!, $s: String!) { checkIn(eventId: $e, secret: $s) { status } }`, { e: mine.event.id, s: sold.secret }, reader.secret))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server, ORDER, { id: sold.orderId }, seller.secret))).toBeUndefined(); // the key that sold it sees its order
    expect(codeOf(await gql(server, ORDER, { id: soldTheirs.orderId }, seller.secret))).toBe('NOT_FOUND');
    // A key is no person: person-only operations and reserving without a hold token are refused.
    expect(codeOf(await gql(server, `{ apiKeys { id } }`, {}, seller.secret))).toBe('UNAUTHENTICATED');
    const seat = mine.event.seats[1]!;
    expect(codeOf(await gql(server, RESERVE_FOR, { id: seat.id, v: seat.version }, seller.secret))).toBe('BAD_USER_INPUT');
    // Another organiser's key cannot use this key's hold token.
    const { token } = await createHoldToken(server, seller, mine.event.id);
    expect(codeOf(await gql(server, RESERVE_FOR, { id: seat.id, v: seat.version, t: token }, sellerOfTheirs.secret))).toBe('BAD_USER_INPUT');
    // Another organiser's buyer details stay hidden from buyers and from other organisers.
    expect(codeOf(await gql(server, ORDER, { id: sold.orderId }, theirs.organizer.token))).toBe('NOT_FOUND');
    const organiserView = await ok<{ order: { buyer: { name: string } } }>(server, ORDER, { id: sold.orderId }, mine.organizer.token);
    expect(organiserView.order.buyer.name).toBe('Ann Customer');
  });

  it('a revoked key is refused at once over HTTP, and its open WebSocket is closed', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const key = await createKey(server, organizer, [event.id], ['READ']);
    const socket = wsClient(server, key.secret);
    let closeCode: number | undefined;
    socket.on('closed', (e) => (closeCode = (e as { code: number }).code));
    const stream = subscribe<{ seatUpdated: { id: string } }>(socket, `subscription($e: ID!) { seatUpdated(eventId: $e) { id } }`, { e: event.id });
    await settle(300);
    const buyer = await createAccount(server);
    await ok(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: event.seats[0]!.id, v: 1 }, buyer.token);
    await stream.until((u) => u.length === 1);

    await ok(server, `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: key.id }, organizer.token);
    const refused = await gql(server, `{ events { totalCount } }`, {}, key.secret);
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    const deadline = Date.now() + 2000;
    while (closeCode === undefined && Date.now() < deadline) await settle(20);
    expect(closeCode).toBe(4403);
    await socket.dispose();
    // A new socket with it is refused too.
    const again = wsClient(server, key.secret);
    const refusedSocket = subscribe(again, `subscription($e: ID!) { seatUpdated(eventId: $e) { id } }`, { e: event.id });
    await refusedSocket.until((_u) => refusedSocket.errors.length > 0);
    await again.dispose();
  });

  it('the backstop closes a revoked key’s socket even when the revocation message never came', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const key = await createKey(server, organizer, [event.id], ['READ']);
    const socket = wsClient(server, key.secret);
    let closeCode: number | undefined;
    socket.on('closed', (e) => (closeCode = (e as { code: number }).code));
    subscribe(socket, `subscription($e: ID!) { seatUpdated(eventId: $e) { id } }`, { e: event.id });
    await settle(300);
    // Revoked behind the API's back (as if by another process whose message was lost).
    await query(server.app.orm.em.fork(), 'update api_keys set revoked_at = now() where id = ?', [Number(key.id)]);
    const deadline = Date.now() + 7000;
    while (closeCode === undefined && Date.now() < deadline) await settle(50);
    expect(closeCode).toBe(4403);
    await socket.dispose();
  }, 10_000);
});

describe('hold tokens', () => {
  it('hold seats for an anonymous customer: the answer names the hold, and its checkout needs the buyer', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const key = await createKey(server, organizer, [event.id], ['SELL']);
    const { token, holdId, expiresAt } = await createHoldToken(server, key, event.id);
    expect(token).toMatch(/^htk_/);
    expect(new Date(expiresAt).getTime() - server.clock.now().getTime()).toBeGreaterThan(14 * 60_000);
    const seat = event.seats[0]!;
    const { reserveSeat } = await ok<{ reserveSeat: { status: string; heldByMe: boolean; hold: { id: string } } }>(server, RESERVE_FOR, { id: seat.id, v: seat.version, t: token }, key.secret);
    expect(reserveSeat).toMatchObject({ status: 'HELD', heldByMe: true, hold: { id: holdId } });

    const noBuyer = await gql(server, CHECKOUT_FOR, { h: holdId, k: 'k1' }, key.secret);
    expect(codeOf(noBuyer)).toBe('BAD_USER_INPUT');
    expect(noBuyer.errors![0]!.message).toMatch(/buyer/);
    expect(codeOf(await gql(server, CHECKOUT_FOR, { h: holdId, k: 'k1', b: { email: 'nope', name: 'x' } }, key.secret))).toBe('BAD_USER_INPUT');
    const { checkout } = await ok<{ checkout: { status: string; buyer: { email: string }; tickets: { secret: string; qrCodeSvg: string; seat: { label: string } }[] } }>(
      server, CHECKOUT_FOR, { h: holdId, k: 'k1', b: { email: 'Ann@Example.com', name: 'Ann' } }, key.secret);
    expect(checkout).toMatchObject({ status: 'CONFIRMED', buyer: { email: 'ann@example.com' } });
    expect(checkout.tickets[0]!.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(checkout.tickets[0]!.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(checkout.tickets[0]!.seat.label).toBe(`Section ${seat.section}, row ${seat.row}, seat ${seat.number}`);
    // The key reads its customer's hold; another organiser's key and other buyers cannot.
    const read = `query($id: ID!) { hold(id: $id) { id status heldSeats { priceCents } } }`;
    expect((await ok<{ hold: { status: string } }>(server, read, { id: holdId }, key.secret)).hold.status).toBe('CHECKED_OUT');
    const stranger = await organiserWithEvent(server);
    const strangerKey = await createKey(server, stranger.organizer, [stranger.event.id], ['READ']);
    expect(codeOf(await gql(server, read, { id: holdId }, strangerKey.secret))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, read, { id: holdId }, (await createAccount(server)).token))).toBe('NOT_FOUND');
    // The same key again: the same order, nothing sold twice.
    const again = await ok<{ checkout: { id: string } }>(server, CHECKOUT_FOR, { h: holdId, k: 'k1', b: { email: 'ann@example.com', name: 'Ann' } }, key.secret);
    expect(again.checkout.id).toBeDefined();
  });

  it('obey the per-order limit and stay on their event', async () => {
    const { organizer, event } = await organiserWithEvent(server, { perOrderLimit: 2 });
    const other = await createEventFixture(server, { organizer });
    const key = await createKey(server, organizer, [event.id, other.id], ['SELL']);
    const { token } = await createHoldToken(server, key, event.id);
    for (const seat of event.seats.slice(0, 2)) await ok(server, RESERVE_FOR, { id: seat.id, v: seat.version, t: token }, key.secret);
    const third = event.seats[2]!;
    expect(codeOf(await gql(server, RESERVE_FOR, { id: third.id, v: third.version, t: token }, key.secret))).toBe('LIMIT_EXCEEDED');
    const elsewhere = other.seats[0]!;
    const wrong = await gql(server, RESERVE_FOR, { id: elsewhere.id, v: elsewhere.version, t: token }, key.secret);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.message).toMatch(/this hold token is for event/);
  });

  it('expire when idle like any hold: the seats go back, and the spent token says HOLD_EXPIRED', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const key = await createKey(server, organizer, [event.id], ['SELL']);
    const { token, holdId } = await createHoldToken(server, key, event.id);
    const seat = event.seats[0]!;
    await ok(server, RESERVE_FOR, { id: seat.id, v: seat.version, t: token }, key.secret);
    server.clock.advance(181_000);
    await server.sweeper.sweepNow();
    const { seat: after } = await ok<{ seat: { status: string; version: number } }>(server, `query($id: ID!) { seat(id: $id) { status version } }`, { id: seat.id });
    expect(after.status).toBe('AVAILABLE');
    expect(codeOf(await gql(server, RESERVE_FOR, { id: seat.id, v: after.version, t: token }, key.secret))).toBe('HOLD_EXPIRED');
    expect(codeOf(await gql(server, CHECKOUT_FOR, { h: holdId, k: 'late', b: { email: 'a@example.com', name: 'A' } }, key.secret))).toBe('HOLD_EXPIRED');
  });

  it('never outlive the hard cap, however often the partner extends them', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const key = await createKey(server, organizer, [event.id], ['SELL']);
    const { token, holdId, expiresAt } = await createHoldToken(server, key, event.id);
    await ok(server, RESERVE_FOR, { id: event.seats[0]!.id, v: 1, t: token }, key.secret);
    const extend = `mutation($h: ID!) { extendHold(holdId: $h) { expiresAt maxExpiresAt } }`;
    for (let i = 0; i < 7; i++) {
      server.clock.advance(120_000);
      const { extendHold } = await ok<{ extendHold: { expiresAt: string; maxExpiresAt: string } }>(server, extend, { h: holdId }, key.secret);
      expect(new Date(extendHold.expiresAt).getTime()).toBeLessThanOrEqual(new Date(expiresAt).getTime());
    }
    server.clock.advance(120_000); // 16 minutes in: past the 15-minute cap
    expect(codeOf(await gql(server, extend, { h: holdId }, key.secret))).toBe('HOLD_EXPIRED');
    // A key cannot extend a hold that is not one of its tokens'.
    const buyer = await createAccount(server);
    await ok(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: event.seats[5]!.id, v: 1 }, buyer.token);
    const { me } = await ok<{ me: { holds: { id: string }[] } }>(server, `{ me { holds { id } } }`, {}, buyer.token);
    expect(codeOf(await gql(server, extend, { h: me.holds[0]!.id }, key.secret))).toBe('NOT_FOUND');
  });

  it('two customers of two partners racing for one seat: one holds it, the other gets CONFLICT', async () => {
    const { organizer, event } = await organiserWithEvent(server);
    const keys = [await createKey(server, organizer, [event.id], ['SELL']), await createKey(server, organizer, [event.id], ['SELL'])];
    const tokens = await Promise.all([...keys, ...keys].map((k) => createHoldToken(server, k, event.id)));
    const seat = event.seats[3]!;
    const results = await Promise.all(tokens.map((t, i) => gql(server, RESERVE_FOR, { id: seat.id, v: seat.version, t: t.token }, keys[i % 2]!.secret)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(3);
    expect(new Set(tokens.map((t) => t.holdId)).size).toBe(4);
  });
});
