import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { SeatLayoutJson, SeatStatesJson } from '@tessera/venue';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createBuyers, createEventFixture, ok, startTestServer, type Account, type TestServer } from '../../test/harness.ts';
import { query } from '../db/sql.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that shows the bytes as sent (fetch would decompress them and hide the encoding). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function decoded(response: RawResponse): unknown {
  const encoding = response.headers['content-encoding'];
  const text = encoding === 'br' ? brotliDecompressSync(response.body) : encoding === 'gzip' ? gunzipSync(response.body) : response.body;
  return JSON.parse(text.toString());
}

const VENUE_INPUT = {
  name: 'Curved hall',
  venue: 'Test hall',
  startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
  tiers: [
    { name: 'Front', kind: 'RESERVED', priceCents: 9000 },
    { name: 'Back', kind: 'RESERVED', priceCents: 4000 },
  ],
  stage: { x: 0, y: -4, width: 20, depth: 6 },
  sections: [
    {
      name: 'Stalls',
      rows: 4,
      seatsPerRow: 10,
      seatsAddedPerRow: 1,
      rowLabels: 'LETTERS',
      aisles: [5],
      placement: { angle: 0, offset: 10, arc: 70 },
      seatKinds: [
        { kind: 'WHEELCHAIR', row: 4, fromSeat: 1, toSeat: 1 },
        { kind: 'COMPANION', row: 4, fromSeat: 2, toSeat: 2 },
      ],
    },
    { name: 'Balcony', rows: 2, seatsPerRow: 6, placement: { angle: 0, offset: 20 }, tiers: [{ fromRow: 1, toRow: 2, tier: 'Back' }] },
  ],
};

describe('the seat map served compact, compressed and cacheable', () => {
  let server: TestServer;
  let organizer: Account;
  let eventId: string;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer();
    base = server.url.replace(/\/graphql$/, '');
    organizer = await createAccount(server, 'ORGANIZER');
    const { createEvent } = await ok<{ createEvent: { id: string } }>(server, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, { input: VENUE_INPUT }, organizer.token);
    eventId = createEvent.id;
    await ok(server, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: eventId }, organizer.token);
  });
  afterAll(() => server?.close());

  it('serves the layout of a venue: sections around the stage as ranges of seats, rows labelled, kinds marked', async () => {
    const response = await rawGet(`${base}/seat-maps/${eventId}/layout`, { 'accept-encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect(response.headers['vary']).toBe('Accept-Encoding');
    const layout = decoded(response) as SeatLayoutJson;
    expect(response.headers['etag']).toBe(`"${layout.revision}"`);
    expect(layout.shapes).toEqual([{ kind: 'STAGE', label: 'Stage', x: 0, y: -4, width: 20, depth: 6, rotation: 0, cornerRadius: 0 }]);
    expect(layout.sections.map((s) => [s.name, s.curved, s.firstSeat, s.seatCount])).toEqual([
      ['Stalls', true, 0, 46],
      ['Balcony', false, 46, 12],
    ]);
    const stalls = layout.sections[0]!;
    expect(stalls.rows.map((r) => [r.label, r.firstSeat, r.seatCount])).toEqual([
      ['A', 0, 10],
      ['B', 10, 11],
      ['C', 21, 12],
      ['D', 33, 13],
    ]);
    expect(layout.seats.count).toBe(58);
    expect(layout.seats.number.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(layout.seats.kind.slice(33, 36)).toBe('WCS');
    // Tiers by row range when none were given: the first two rows Front, the last two Back.
    const [front, back] = layout.tierIds;
    expect(layout.seats.tier.slice(0, 21).every((t) => layout.tierIds[t] === front)).toBe(true);
    expect(layout.seats.tier.slice(21).every((t) => layout.tierIds[t] === back)).toBe(true);
    // Every seat is curved around the centre: row A at distance 10.
    for (let i = 0; i < 10; i++) expect(Math.hypot(layout.seats.x[i]!, layout.seats.y[i]!)).toBeCloseTo(10, 1);

    const gzip = await rawGet(`${base}/seat-maps/${eventId}/layout`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toEqual(layout);
    const plain = await rawGet(`${base}/seat-maps/${eventId}/layout`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(decoded(plain)).toEqual(layout);
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const first = await rawGet(`${base}/seat-maps/${eventId}/states`);
    const again = await rawGet(`${base}/seat-maps/${eventId}/states`, { 'if-none-match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(first.headers['etag']);
    expect(first.headers['cache-control']).toBe('public, no-cache');
  });

  it('keeps the states in step with reservations, with the versions and the counts per section', async () => {
    const before = decoded(await rawGet(`${base}/seat-maps/${eventId}/states`)) as SeatStatesJson;
    const layout = decoded(await rawGet(`${base}/seat-maps/${eventId}/layout`)) as SeatLayoutJson;
    expect(before.statuses).toBe('A'.repeat(58));
    expect(before.layoutRevision).toBe(layout.revision);
    expect(before.sections).toEqual([
      { available: 46, held: 0, sold: 0 },
      { available: 12, held: 0, sold: 0 },
    ]);
    const [buyer] = await createBuyers(server, 1);
    const seatId = layout.seats.ids[47]!;
    await ok(server, `mutation($id: ID!) { reserveSeat(id: $id, version: 1) { id } }`, { id: String(seatId) }, buyer!.token);

    const after = await rawGet(`${base}/seat-maps/${eventId}/states`, { 'if-none-match': `"${before.revision}"` });
    expect(after.status).toBe(200);
    const states = decoded(after) as SeatStatesJson;
    expect(states.statuses[47]).toBe('H');
    expect(states.versions[47]).toBe(2);
    expect(states.sections[1]).toEqual({ available: 11, held: 1, sold: 0 });
    expect(states.revision).not.toBe(before.revision);
  });

  it('gives integrators the same documents through GraphQL, and each seat its kind', async () => {
    const { event } = await ok<{ event: { seatLayout: SeatLayoutJson; seatStates: SeatStatesJson; wheelchair: { id: string; kind: string; row: string; number: number }[] } }>(
      server,
      `query($id: ID!) { event(id: $id) {
        seatLayout { eventId revision bounds { minX minY maxX maxY } shapes { kind label x y width depth rotation cornerRadius } tierIds
          sections { name angle arc offset curved labelX labelY outline firstSeat seatCount rows { label firstSeat seatCount startX startY endX endY } }
          seats { count ids x y number tier kind } }
        seatStates { eventId layoutRevision revision count statuses versions sections { available held sold } }
        wheelchair: seats(kinds: [WHEELCHAIR, COMPANION]) { id kind row number }
      } }`,
      { id: eventId },
    );
    expect(event.seatLayout).toEqual(decoded(await rawGet(`${base}/seat-maps/${eventId}/layout`)));
    expect(event.seatStates).toEqual(decoded(await rawGet(`${base}/seat-maps/${eventId}/states`)));
    expect(event.wheelchair.map((s) => [s.kind, s.row, s.number])).toEqual([
      ['WHEELCHAIR', 'D', 1],
      ['COMPANION', 'D', 2],
    ]);
  });

  it('shows a draft only to its organiser, privately, and says why it refuses the rest (bad ids, unknown events, bad tokens)', async () => {
    const { createEvent } = await ok<{ createEvent: { id: string } }>(server, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, { input: VENUE_INPUT }, organizer.token);
    const anonymous = await rawGet(`${base}/seat-maps/${createEvent.id}/layout`);
    expect(anonymous.status).toBe(404);
    expect(decoded(anonymous)).toEqual({ errors: [{ message: `Event ${createEvent.id} not found`, extensions: { code: 'NOT_FOUND' } }] });
    const own = await rawGet(`${base}/seat-maps/${createEvent.id}/states`, { authorization: `Bearer ${organizer.token}` });
    expect(own.status).toBe(200);
    expect(own.headers['cache-control']).toBe('private, no-cache');
    expect((await rawGet(`${base}/seat-maps/abc/states`)).status).toBe(400);
    expect(decoded(await rawGet(`${base}/seat-maps/0/layout`))).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect((await rawGet(`${base}/seat-maps/999999/layout`)).status).toBe(404);
    expect((await rawGet(`${base}/seat-maps/${eventId}/elsewhere`)).status).toBe(404);
    const forged = await rawGet(`${base}/seat-maps/${eventId}/layout`, { authorization: 'Bearer not-a-token' });
    expect(forged.status).toBe(401);
    expect(decoded(forged)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('heals a change it never heard of once the pub/sub link reports a gap', async () => {
    const layout = decoded(await rawGet(`${base}/seat-maps/${eventId}/layout`)) as SeatLayoutJson;
    const seatId = layout.seats.ids[0]!;
    // Sold behind the publisher's back, as if its message had been lost.
    await query(server.app.orm.em.fork(), `update seats set version = version + 5 where id = ?`, [seatId]);
    expect((decoded(await rawGet(`${base}/seat-maps/${eventId}/states`)) as SeatStatesJson).versions[0]).toBe(1);
    server.app.seatMaps.markAllStale();
    await new Promise((r) => setTimeout(r, 10));
    expect((decoded(await rawGet(`${base}/seat-maps/${eventId}/states`)) as SeatStatesJson).versions[0]).toBe(6);
  });

  it('twenty buyers reserving at once while the map is read: the states end exactly as the database', async () => {
    const layout = decoded(await rawGet(`${base}/seat-maps/${eventId}/layout`)) as SeatLayoutJson;
    const buyers = await createBuyers(server, 20);
    const targets = layout.seats.ids.slice(1, 21);
    const reads = Array.from({ length: 10 }, () => rawGet(`${base}/seat-maps/${eventId}/states`));
    await Promise.all([
      ...buyers.map((buyer, i) => ok(server, `mutation($id: ID!) { reserveSeat(id: $id, version: 1) { id } }`, { id: String(targets[i]) }, buyer.token)),
      ...reads,
    ]);
    for (const read of await Promise.all(reads)) expect(read.status).toBe(200);
    const rows = await query<{ id: number; status: string; version: number }>(server.app.orm.em.fork(), `select id, status, version from seats where event_id = ?`, [Number(eventId)]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const states = decoded(await rawGet(`${base}/seat-maps/${eventId}/states`)) as SeatStatesJson;
    layout.seats.ids.forEach((id, i) => {
      expect(states.versions[i]).toBe(byId.get(id)!.version);
      expect(states.statuses[i]).toBe(byId.get(id)!.status[0]);
    });
  });
});

describe('the snapshot of one process follows the changes of another', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it('a reservation made through one API process shows in the states the other serves (Redis fan-out)', async () => {
    const config = { publisher: 'redis' as const, redisUrl: 'redis://127.0.0.1:6379', redisChannelPrefix: `test-${randomUUID()}:`, sweepIntervalMs: 60_000 };
    const a = await startTestServer({ config });
    const b = await startTestServer({ config, shareDatabaseWith: a });
    servers.push(a, b);
    const event = await createEventFixture(a, { rows: 2, seatsPerRow: 5 });
    const onB = (path: string) => rawGet(`${b.url.replace(/\/graphql$/, '')}/seat-maps/${event.id}/${path}`);
    const layout = decoded(await onB('layout')) as SeatLayoutJson;
    expect((decoded(await onB('states')) as SeatStatesJson).statuses).toBe('AAAAAAAAAA');
    const [buyer] = await createBuyers(a, 1);
    const seat = event.seats[3]!;
    await ok(a, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, buyer!.token);
    const index = layout.seats.ids.indexOf(Number(seat.id));
    for (let attempt = 0; ; attempt++) {
      const states = decoded(await onB('states')) as SeatStatesJson;
      if (states.statuses[index] === 'H') {
        expect(states.versions[index]).toBe(seat.version + 1);
        break;
      }
      expect(attempt).toBeLessThan(50);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
});
