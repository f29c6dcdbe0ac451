import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createEventFixture, gql, startTestServer, type Account, type EventFixture, type GraphQLResponse, type TestServer } from '../../test/harness.ts';

/**
 * Issue 11, finding 8 (the draft-event part): a buyer must not tell a draft's seats and tiers from
 * ones that do not exist, and createEvent holds to its schema's "must be in the future".
 */
let server: TestServer;
let draft: EventFixture;
let organizer: Account;
let buyer: Account;
beforeAll(async () => {
  server = await startTestServer();
  organizer = await createAccount(server, 'ORGANIZER');
  buyer = await createAccount(server);
  draft = await createEventFixture(server, { rows: 1, seatsPerRow: 4, gaCapacity: 10, organizer, publish: false });
});
afterAll(() => server.close());

const MISSING = '2147483000';
/** What a client can compare: the HTTP status, the code, and the message with the asked id replaced. */
const answer = (r: GraphQLResponse<unknown>, id: string) => ({
  status: r.status,
  data: r.data,
  code: r.errors?.[0]?.extensions?.code,
  message: r.errors?.[0]?.message.replace(id, '<id>'),
});

describe('a draft event is indistinguishable from a missing one', () => {
  it('seat(id) of a draft’s seat answers exactly like a missing seat; its organiser still reads it', async () => {
    const SEAT = `query($id: ID!) { seat(id: $id) { id status } }`;
    const seatId = draft.seats[0]!.id;
    const ofDraft = await gql(server, SEAT, { id: seatId }, buyer.token);
    const missing = await gql(server, SEAT, { id: MISSING }, buyer.token);
    expect(answer(ofDraft, seatId)).toEqual(answer(missing, MISSING));
    expect(answer(ofDraft, seatId)).toMatchObject({ code: 'NOT_FOUND', message: 'Seat <id> not found' });
    expect(answer(await gql(server, SEAT, { id: seatId }), seatId)).toEqual(answer(await gql(server, SEAT, { id: MISSING }), MISSING));
    expect((await gql(server, SEAT, { id: seatId }, organizer.token)).errors).toBeUndefined();
  });

  it('reserving a draft’s seats answers like reserving missing seats', async () => {
    const seat = draft.seats[1]!;
    const one = `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`;
    expect(answer(await gql(server, one, { id: seat.id, v: seat.version }, buyer.token), seat.id)).toEqual(
      answer(await gql(server, one, { id: MISSING, v: 1 }, buyer.token), MISSING),
    );
    const several = `mutation($seats: [SeatVersionInput!]!) { reserveSeats(seats: $seats) { id } }`;
    expect(answer(await gql(server, several, { seats: [{ id: seat.id, version: seat.version }] }, buyer.token), seat.id)).toEqual(
      answer(await gql(server, several, { seats: [{ id: MISSING, version: 1 }] }, buyer.token), MISSING),
    );
  });

  it('best available and general-admission tickets of a draft’s tiers answer like missing tiers', async () => {
    const reserved = draft.tiers.find((t) => t.kind === 'RESERVED')!;
    const standing = draft.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const best = `mutation($e: ID!, $t: ID!) { reserveBestAvailable(eventId: $e, tierId: $t, quantity: 1) { id } }`;
    expect(answer(await gql(server, best, { e: draft.id, t: reserved.id }, buyer.token), reserved.id)).toEqual(
      answer(await gql(server, best, { e: MISSING, t: MISSING }, buyer.token), MISSING),
    );
    const tickets = `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 1) { id } }`;
    expect(answer(await gql(server, tickets, { t: standing.id }, buyer.token), standing.id)).toEqual(
      answer(await gql(server, tickets, { t: MISSING }, buyer.token), MISSING),
    );
  });
});

describe('createEvent', () => {
  it('refuses a start in the past with BAD_USER_INPUT naming startsAt', async () => {
    const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
    for (const startsAt of ['1970-01-01T00:00:00Z', new Date(Date.now() - 60_000).toISOString()]) {
      const input = { name: 'Past', venue: 'Nowhere', startsAt, tiers: [{ name: 'GA', kind: 'GENERAL_ADMISSION', priceCents: 100, capacity: 10 }] };
      const result = await gql(server, CREATE, { input }, organizer.token);
      expect(result.errors?.[0]?.extensions?.code, startsAt).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/startsAt/);
    }
  });
});
