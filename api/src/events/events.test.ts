import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createAccount, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id status capacity tiers { name kind capacity available } seats { section row number x y tier { name } } } }`;
const LIST = `query($first: Int, $after: String) { events(first: $first, after: $after) { totalCount edges { cursor node { id name status } } pageInfo { hasNextPage endCursor } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface EventPage {
  totalCount: number;
  edges: { node: { id: string; status: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function hallInput(name: string) {
  return {
    name,
    venue: 'Hall',
    startsAt: future(10),
    tiers: [
      { name: 'VIP', kind: 'RESERVED', priceCents: 9000 },
      { name: 'Stalls', kind: 'RESERVED', priceCents: 4000 },
      { name: 'Standing', kind: 'GENERAL_ADMISSION', priceCents: 2500, capacity: 300 },
    ],
    sections: [
      { name: 'A', rows: 3, seatsPerRow: 4, tiers: [{ fromRow: 1, toRow: 1, tier: 'VIP' }, { fromRow: 2, toRow: 3, tier: 'Stalls' }] },
      { name: 'B', rows: 2, seatsPerRow: 5, tiers: [{ fromRow: 1, toRow: 2, tier: 'Stalls' }] },
    ],
  };
}

describe('events', () => {
  it('an organiser creates a draft with a generated seat map, buyers only see it once published', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const buyer = await createAccount(server);
    const { createEvent } = await ok<{ createEvent: { id: string; status: string; capacity: number; tiers: { name: string; capacity: number; available: number }[]; seats: { section: string; tier: { name: string } }[] } }>(
      server, CREATE, { input: hallInput('Draft show') }, organizer.token,
    );
    expect(createEvent.status).toBe('DRAFT');
    expect(createEvent.seats).toHaveLength(22);
    expect(createEvent.capacity).toBe(322);
    expect(createEvent.tiers.map((t) => [t.name, t.capacity, t.available])).toEqual([['VIP', 4, 4], ['Stalls', 18, 18], ['Standing', 300, 300]]);

    expect(codeOf(await gql(server, `query($id: ID!) { event(id: $id) { id } }`, { id: createEvent.id }, buyer.token))).toBe('NOT_FOUND');
    await ok(server, `mutation($id: ID!) { publishEvent(id: $id) { status } }`, { id: createEvent.id }, organizer.token);
    const seen = await ok<{ event: { status: string } }>(server, `query($id: ID!) { event(id: $id) { status } }`, { id: createEvent.id }, buyer.token);
    expect(seen.event.status).toBe('ON_SALE');
  });

  it('a draft saved and left is found in the organiser’s list and published days later; its seat map then goes public', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const { createEvent } = await ok<{ createEvent: { id: string } }>(server, CREATE, { input: hallInput('Left for later') }, organizer.token);
    server.clock.advance(3 * 86_400_000);
    const mine = await ok<{ events: EventPage }>(server, LIST, { first: 100 }, organizer.token);
    expect(mine.events.edges.find((e) => e.node.id === createEvent.id)?.node.status).toBe('DRAFT');
    const base = server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/seat-maps/${createEvent.id}/layout`)).status).toBe(404);

    const twice = await Promise.all([1, 2].map(() => ok<{ publishEvent: { status: string } }>(server, `mutation($id: ID!) { publishEvent(id: $id) { status } }`, { id: createEvent.id }, organizer.token)));
    expect(twice.map((r) => r.publishEvent.status)).toEqual(['ON_SALE', 'ON_SALE']);
    const anyone = await ok<{ events: EventPage }>(server, LIST, { first: 100 });
    expect(anyone.events.edges.some((e) => e.node.id === createEvent.id)).toBe(true);
    const layout = await fetch(`${base}/seat-maps/${createEvent.id}/layout`);
    expect(layout.status).toBe(200);
    expect(layout.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('a draft whose start has passed can no longer go on sale', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const startsAt = new Date(server.clock.now().getTime() + 3_600_000).toISOString();
    const { createEvent } = await ok<{ createEvent: { id: string } }>(server, CREATE, { input: { ...hallInput('Too late'), startsAt } }, organizer.token);
    server.clock.advance(2 * 3_600_000);
    const result = await gql(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id }, organizer.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/can no longer go on sale/);
  });

  it('refuses venues that cannot be built, saying where', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const attempt = (section: Record<string, unknown>, tiers = [{ name: 'T', kind: 'RESERVED', priceCents: 100 }]) =>
      gql(server, CREATE, { input: { ...hallInput('Bad venue'), tiers, sections: [{ name: 'S', rows: 2, seatsPerRow: 10, ...section }] } }, organizer.token);
    const messageOf = async (section: Record<string, unknown>, tiers?: { name: string; kind: string; priceCents: number }[]) => {
      const result = await attempt(section, tiers);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      return result.errors?.[0]?.message;
    };
    expect(await messageOf({ placement: { angle: 0, offset: 5, arc: 30 } })).toMatch(/section S row 1: seats would be 0.26 seat widths apart/);
    expect(await messageOf({ placement: { angle: 0, offset: -5, arc: 30 } })).toMatch(/curved rows need a positive offset/);
    expect(await messageOf({ seatKinds: [{ kind: 'WHEELCHAIR', row: 2, fromSeat: 1, toSeat: 1 }] })).toMatch(/row 2 seat 1: a wheelchair place needs a COMPANION seat beside it/);
    expect(await messageOf({ seatKinds: [{ kind: 'COMPANION', row: 3, fromSeat: 1, toSeat: 1 }] })).toMatch(/row 3 seats 1-1 are not seats of the section/);
    expect(await messageOf({ aisles: [10] })).toMatch(/an aisle after seat 10/);
    expect(await messageOf({}, [{ name: 'Standing', kind: 'GENERAL_ADMISSION', priceCents: 100, capacity: 10 } as never])).toMatch(/give the row ranges, or a RESERVED tier/);
  });

  it('gives a section without tiers the event’s reserved tiers by row range, front rows to the first', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const { createEvent } = await ok<{ createEvent: { seats: { row: string; tier: { name: string } }[] } }>(
      server,
      CREATE,
      {
        input: {
          ...hallInput('Default ranges'),
          tiers: [
            { name: 'Front', kind: 'RESERVED', priceCents: 9000 },
            { name: 'Back', kind: 'RESERVED', priceCents: 4000 },
          ],
          sections: [{ name: 'A', rows: 4, seatsPerRow: 2 }],
        },
      },
      organizer.token,
    );
    expect(createEvent.seats.map((s) => `${s.row}:${s.tier.name}`)).toEqual(['1:Front', '1:Front', '2:Front', '2:Front', '3:Back', '3:Back', '4:Back', '4:Back']);
  });

  it('another organiser cannot publish someone else’s draft', async () => {
    const [owner, other] = [await createAccount(server, 'ORGANIZER'), await createAccount(server, 'ORGANIZER')];
    const { createEvent } = await ok<{ createEvent: { id: string } }>(server, CREATE, { input: hallInput('Mine') }, owner.token);
    expect(codeOf(await gql(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id }, other.token))).toBe('FORBIDDEN');
  });

  it('reserving in a draft event is refused exactly like reserving a seat that does not exist (drafts stay unknown to buyers)', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const buyer = await createAccount(server);
    const { createEvent } = await ok<{ createEvent: { seats: { id: string }[] } }>(
      server, `mutation($input: CreateEventInput!) { createEvent(input: $input) { seats { id } } }`, { input: hallInput('Draft') }, organizer.token,
    );
    const RESERVE = `mutation($id: ID!) { reserveSeat(id: $id, version: 1) { id } }`;
    const draftSeat = createEvent.seats[0]!.id;
    const result = await gql(server, RESERVE, { id: draftSeat }, buyer.token);
    const missing = await gql(server, RESERVE, { id: '99999999' }, buyer.token);
    expect([codeOf(result), codeOf(missing)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(result.errors![0]!.message.replace(draftSeat, 'ID')).toBe(missing.errors![0]!.message.replace('99999999', 'ID'));
  });

  it.each([
    ['no tiers', { tiers: [] }],
    ['a row in no tier', { sections: [{ name: 'A', rows: 3, seatsPerRow: 2, tiers: [{ fromRow: 1, toRow: 2, tier: 'VIP' }] }] }],
    ['an unknown tier name', { sections: [{ name: 'A', rows: 1, seatsPerRow: 2, tiers: [{ fromRow: 1, toRow: 1, tier: 'Nope' }] }] }],
    ['a GA tier without capacity', { tiers: [{ name: 'GA', kind: 'GENERAL_ADMISSION', priceCents: 1 }] }],
    ['a negative price', { tiers: [{ name: 'VIP', kind: 'RESERVED', priceCents: -1 }] }],
    ['a bad date', { startsAt: 'tomorrow' }],
    ['an unknown tier kind', { tiers: [{ name: 'VIP', kind: 'BALCONY', priceCents: 1 }] }],
  ])('rejects %s with BAD_USER_INPUT', async (_label, change) => {
    const organizer = await createAccount(server, 'ORGANIZER');
    const result = await gql(server, CREATE, { input: { ...hallInput('Bad'), ...change } }, organizer.token);
    expect(result.status).toBeLessThan(500);
    expect(['BAD_USER_INPUT']).toContain(codeOf(result));
    expect(result.errors![0]!.message.length).toBeGreaterThan(5);
  });

  it('lists published events by cursor, soonest first, without duplicates or gaps', async () => {
    const organizer = await createAccount(server, 'ORGANIZER');
    for (let i = 0; i < 5; i++) {
      const { createEvent } = await ok<{ createEvent: { id: string } }>(server, CREATE, { input: { ...hallInput(`Paged ${i}`), startsAt: future(100 + i) } }, organizer.token);
      await ok(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id }, organizer.token);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const { events }: { events: EventPage } = await ok<{ events: EventPage }>(server, LIST, { first: 2, after });
      total = events.totalCount;
      seen.push(...events.edges.map((e) => e.node.id));
      expect(events.edges.every((e) => e.node.status !== 'DRAFT')).toBe(true);
      if (!events.pageInfo.hasNextPage) break;
      after = events.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(codeOf(await gql(server, LIST, { first: 1000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, LIST, { first: 2, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });
});
