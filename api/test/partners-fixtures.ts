import type { Account, EventFixture, TestServer } from './harness.ts';
import { createAccount, createEventFixture, ok } from './harness.ts';

/** Scenario helpers for partners: an organiser with an event, keys, hold tokens, a partner's sale. */
export interface Partner {
  organizer: Account;
  event: EventFixture;
}

export async function organiserWithEvent(server: TestServer, options: Parameters<typeof createEventFixture>[1] = {}): Promise<Partner> {
  const organizer = await createAccount(server, 'ORGANIZER');
  return { organizer, event: await createEventFixture(server, { ...options, organizer }) };
}

export interface KeyFixture {
  id: string;
  secret: string;
}

export async function createKey(server: TestServer, organizer: Account, eventIds: string[], scopes: string[]): Promise<KeyFixture> {
  const { createApiKey } = await ok<{ createApiKey: { apiKey: { id: string }; secret: string } }>(
    server,
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`,
    { input: { name: 'Partner', eventIds, scopes } },
    organizer.token,
  );
  return { id: createApiKey.apiKey.id, secret: createApiKey.secret };
}

export async function createHoldToken(server: TestServer, key: KeyFixture, eventId: string): Promise<{ token: string; holdId: string; expiresAt: string }> {
  const { createHoldToken } = await ok<{ createHoldToken: { token: string; expiresAt: string; hold: { id: string } } }>(
    server,
    `mutation($e: ID!) { createHoldToken(eventId: $e) { token expiresAt hold { id } } }`,
    { e: eventId },
    key.secret,
  );
  return { token: createHoldToken.token, holdId: createHoldToken.hold.id, expiresAt: createHoldToken.expiresAt };
}

export const RESERVE_FOR = `mutation($id: ID!, $v: Int!, $t: String) { reserveSeat(id: $id, version: $v, holdToken: $t) { id version status heldByMe hold { id } } }`;
export const CHECKOUT_FOR = `mutation($h: ID!, $k: String!, $b: BuyerInput) {
  checkout(holdId: $h, idempotencyKey: $k, buyer: $b) { id status totalCents buyer { email name } tickets { id secret qrCodeSvg seat { id label } } } }`;
export const CHECK_IN = `mutation($e: ID!, $s: String!) { checkIn(eventId: $e, secret: $s) { status firstCheckedInAt ticket { id } } }`;

export interface SoldTicket {
  orderId: string;
  secret: string;
}

/** A partner's whole sale of one seat to an anonymous customer: hold token, reserve, checkout. */
export async function sellSeat(server: TestServer, key: KeyFixture, event: EventFixture, seatIndex: number): Promise<SoldTicket> {
  const seat = event.seats[seatIndex]!;
  const { token, holdId } = await createHoldToken(server, key, event.id);
  await ok(server, RESERVE_FOR, { id: seat.id, v: seat.version, t: token }, key.secret);
  const { checkout } = await ok<{ checkout: { id: string; tickets: { secret: string }[] } }>(
    server,
    CHECKOUT_FOR,
    { h: holdId, k: `sale-${seat.id}`, b: { email: `customer-${seat.id}@example.com`, name: 'Ann Customer' } },
    key.secret,
  );
  return { orderId: checkout.id, secret: checkout.tickets[0]!.secret };
}
