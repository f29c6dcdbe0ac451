import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createAccount, createEventFixture, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { sweepIntervalMs: 60_000 } });
});
afterAll(() => server.close());

const RESERVE_MANY = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id version } }`;
const RELEASE_HOLD = `mutation($id: ID!) { releaseHold(holdId: $id) { id status } }`;
const EXTEND = `mutation($id: ID!) { extendHold(holdId: $id) { id maxExpiresAt } }`;
const MY_HOLDS = `{ me { holds { id maxExpiresAt } } }`;
const minutes = (n: number) => n * 60_000;

type Seat = { id: string; version: number };
const versions = (seats: Seat[]) => ({ seats: seats.map((s) => ({ id: s.id, version: s.version })) });

describe('a buyer cannot reset the 15-minute cap by recycling the hold', () => {
  it('release then re-reserve in one go keeps the first cap; when it is reached the buyer waits the cool-down; then may hold again', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 10 });
    const buyer = await createAccount(server);
    const seats = event.seats.slice(0, 5);
    await ok(server, RESERVE_MANY, versions(seats), buyer.token);
    const first = (await ok<{ me: { holds: { id: string; maxExpiresAt: string }[] } }>(server, MY_HOLDS, {}, buyer.token)).me.holds[0]!;

    // The attack of the finding: release the hold and take the same seats again at version + 2.
    server.clock.advance(minutes(5));
    await ok(server, RELEASE_HOLD, { id: first.id }, buyer.token);
    await ok(server, RESERVE_MANY, versions(seats.map((s) => ({ id: s.id, version: s.version + 2 }))), buyer.token);
    const second = (await ok<{ me: { holds: { id: string; maxExpiresAt: string }[] } }>(server, MY_HOLDS, {}, buyer.token)).me.holds[0]!;
    expect(second.id).not.toBe(first.id);
    expect(second.maxExpiresAt).toBe(first.maxExpiresAt);

    // Heartbeats up to the cap: the hold ends there, and the seats go back on sale.
    for (let t = 0; t < 10; t++) {
      server.clock.advance(minutes(1));
      await gql(server, EXTEND, { id: second.id }, buyer.token);
    }
    server.clock.advance(minutes(0.5));
    await server.sweeper.sweepNow();
    const again = versions(seats.map((s) => ({ id: s.id, version: s.version + 4 })));
    const refused = await gql(server, RESERVE_MANY, again, buyer.token);
    expect(codeOf(refused)).toBe('LIMIT_EXCEEDED');
    expect(refused.errors![0]!.extensions!['retryAfterSeconds']).toBeGreaterThan(0);

    // Meanwhile someone else can take them.
    const other = await createAccount(server);
    await ok(server, RESERVE_MANY, versions(seats.slice(0, 1).map((s) => ({ id: s.id, version: s.version + 4 }))), other.token);

    server.clock.advance(minutes(2));
    await ok(server, RESERVE_MANY, versions(seats.slice(1, 2).map((s) => ({ id: s.id, version: s.version + 4 }))), buyer.token);
  });

  it('a buyer whose hold idled out early is not held back once its cap has passed', async () => {
    const event = await createEventFixture(server, { rows: 1, seatsPerRow: 4 });
    const buyer = await createAccount(server);
    const [seat] = event.seats;
    await ok(server, RESERVE_MANY, versions([seat!]), buyer.token);
    server.clock.advance(minutes(4));
    await server.sweeper.sweepNow();
    // Back within the first hold's cap: the new hold keeps that cap.
    await ok(server, RESERVE_MANY, versions([{ id: seat!.id, version: seat!.version + 2 }]), buyer.token);
    const { me } = await ok<{ me: { holds: { id: string; maxExpiresAt: string }[] } }>(server, MY_HOLDS, {}, buyer.token);
    expect(Date.parse(me.holds[0]!.maxExpiresAt) - server.clock.now().getTime()).toBeLessThanOrEqual(minutes(11));
    await ok(server, RELEASE_HOLD, { id: me.holds[0]!.id }, buyer.token);
    // Back after that cap: a fresh hold with a fresh cap.
    server.clock.advance(minutes(12));
    await ok(server, RESERVE_MANY, versions([{ id: seat!.id, version: seat!.version + 4 }]), buyer.token);
    const after = (await ok<{ me: { holds: { maxExpiresAt: string }[] } }>(server, MY_HOLDS, {}, buyer.token)).me.holds[0]!;
    expect(Date.parse(after.maxExpiresAt) - server.clock.now().getTime()).toBeGreaterThan(minutes(14.9));
  });
});
