import { generateVenue, type GeneratedSeat, type SeatLayoutJson, type Shape } from '@tessera/venue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, ok, startTestServer, type TestServer } from '../../test/harness.ts';
import { createLogger } from '../observability/logger.ts';
import { DEMO_QUEUE_OPENS_AFTER_MS, seedDemo } from './demo-seed.ts';
import { demoArena, demoHall } from './demo-venues.ts';

/** The closest two seats of a venue, through a grid of cells one seat wide (20,000 seats squared is too many). */
function closestPair(seats: readonly GeneratedSeat[]): number {
  const cells = new Map<string, GeneratedSeat[]>();
  const cell = (x: number, y: number) => `${Math.floor(x)}/${Math.floor(y)}`;
  for (const seat of seats) cells.set(cell(seat.x, seat.y), [...(cells.get(cell(seat.x, seat.y)) ?? []), seat]);
  let closest = Infinity;
  for (const seat of seats) {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of cells.get(cell(seat.x + dx, seat.y + dy)) ?? []) {
          if (other !== seat) closest = Math.min(closest, Math.hypot(seat.x - other.x, seat.y - other.y));
        }
      }
    }
  }
  return closest;
}

/** Whether a point is inside a shape with rounded corners (the arena's floor). */
function inside(shape: Shape, x: number, y: number): boolean {
  const [dx, dy] = [Math.abs(x - shape.x), Math.abs(y - shape.y)];
  const [halfWidth, halfDepth, r] = [shape.width / 2, shape.depth / 2, shape.cornerRadius];
  if (dx > halfWidth || dy > halfDepth) return false;
  if (dx <= halfWidth - r || dy <= halfDepth - r) return true;
  return Math.hypot(dx - (halfWidth - r), dy - (halfDepth - r)) < r;
}

/** Row-label places (both ends of every row) that fall on a seat: nearer than 0.9 seat widths to one. */
function labelsOnSeats(venue: ReturnType<typeof generateVenue>): string[] {
  const onSeats: string[] = [];
  for (const section of venue.sections) {
    for (const row of section.rows) {
      for (const [x, y] of [[row.startX, row.startY], [row.endX, row.endY]] as const) {
        const hit = venue.seats.find((seat) => Math.hypot(seat.x - x, seat.y - y) < 0.9);
        if (hit) onSeats.push(`${section.name} ${row.label} on ${hit.section} ${hit.row}-${hit.number}`);
      }
    }
  }
  return onSeats;
}

const bearingOf = (seat: GeneratedSeat) => (Math.atan2(-seat.x, seat.y) * 180) / Math.PI;

describe('the demo venues', () => {
  it('the hall: 1,200 seats in curved stalls and a balcony behind them, no two seats on top of each other', () => {
    const hall = generateVenue({ ...demoHall(), reservedTiers: ['VIP', 'Front Row', 'Stalls', 'Balcony'] });
    expect(hall.problems).toEqual([]);
    expect(hall.seats).toHaveLength(1200);
    expect(closestPair(hall.seats)).toBeGreaterThan(0.85);
    const stage = hall.shapes.find((s) => s.kind === 'STAGE')!;
    // Everyone sits in front of the stage (below it as drawn), the balcony behind the stalls.
    for (const seat of hall.seats) expect(seat.y).toBeGreaterThan(stage.y + stage.depth / 2);
    const backOfStalls = Math.max(...hall.seats.filter((s) => s.section !== 'Balcony').map((s) => Math.hypot(s.x, s.y)));
    for (const seat of hall.seats.filter((s) => s.section === 'Balcony')) expect(Math.hypot(seat.x, seat.y)).toBeGreaterThan(backOfStalls);
    expect(hall.seats.filter((s) => s.kind === 'WHEELCHAIR')).toHaveLength(6);
    expect(hall.seats.filter((s) => s.kind === 'COMPANION')).toHaveLength(6);
    expect(new Set(hall.seats.filter((s) => s.row === 'A').map((s) => s.tier))).toEqual(new Set(['VIP', 'Front Row', 'Balcony']));
    expect(labelsOnSeats(hall)).toEqual([]);
  });

  it('the arena: exactly 20,000 seats, floor blocks on the floor, rings around it in a horseshoe open behind the stage', () => {
    const arena = generateVenue({ ...demoArena(), reservedTiers: ['Floor', 'Lower Tier', 'Upper Tier'] });
    expect(arena.problems).toEqual([]);
    expect(arena.seats).toHaveLength(20_000);
    expect(closestPair(arena.seats)).toBeGreaterThan(0.85);
    const floor = arena.shapes.find((s) => s.kind === 'FLOOR')!;
    const stage = arena.shapes.find((s) => s.kind === 'STAGE')!;
    for (const seat of arena.seats) {
      expect(inside(floor, seat.x, seat.y)).toBe(seat.tier === 'Floor');
      expect(inside(stage, seat.x, seat.y)).toBe(false);
      if (seat.tier !== 'Floor') expect(Math.abs(bearingOf(seat))).toBeLessThanOrEqual(135);
    }
    expect(arena.sections.filter((s) => s.curved)).toHaveLength(28);
    expect(arena.seats.filter((s) => s.kind === 'WHEELCHAIR')).toHaveLength(24);
    expect(arena.seats.filter((s) => s.kind === 'RESTRICTED_VIEW').length).toBeGreaterThan(0);
    // Aisles between the ring's sections: every row label has a place of its own, on no seat.
    expect(labelsOnSeats(arena)).toEqual([]);
  });
});

describe('the demo seeded through createEvent', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.app.orm.em.fork(), server.app.inventory, createLogger('silent'));
  });
  afterAll(() => server?.close());

  it('stores the arena and the hall with their geometry, and the arena’s states travel in well under 300 KB', async () => {
    const { events } = await ok<{ events: { edges: { node: { id: string; venue: string; capacity: number } }[] } }>(server, `{ events { edges { node { id venue capacity } } } }`);
    const byVenue = new Map(events.edges.map((e) => [e.node.venue, e.node]));
    expect(byVenue.get('City Arena')?.capacity).toBe(20_000);
    expect(byVenue.get('Concert Hall')?.capacity).toBe(1200);
    const base = server.url.replace(/\/graphql$/, '');
    const arenaId = byVenue.get('City Arena')!.id;
    const layout = (await (await fetch(`${base}/seat-maps/${arenaId}/layout`)).json()) as SeatLayoutJson;
    expect(layout.shapes.map((s) => s.kind)).toEqual(['FLOOR', 'STAGE']);
    expect(layout.sections).toHaveLength(31);
    expect(layout.seats.kind.split('').filter((k) => k === 'W')).toHaveLength(24);
    const sizes: Record<string, number> = {};
    for (const document of ['layout', 'states']) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const response = await fetch(`${base}/seat-maps/${arenaId}/${document}`, { headers: { 'accept-encoding': encoding } });
        sizes[`${document} ${encoding}`] = Number(response.headers.get('content-length'));
      }
    }
    expect(sizes['states gzip']).toBeLessThan(300_000);
    expect(sizes['states identity']).toBeLessThan(300_000);
    console.info('arena seat-map bytes', sizes);
  });

  it('lists a small event on sale through a waiting room that opens after the seed, which a buyer joins to wait for the draw', async () => {
    const { events } = await ok<{ events: { edges: { node: { id: string; status: string; capacity: number; queue: { opensAt: string; admitPerMinute: number } | null } }[] } }>(
      server,
      `{ events { edges { node { id status capacity queue { opensAt admitPerMinute } } } } }`,
    );
    const queued = events.edges.map((e) => e.node).filter((e) => e.queue !== null);
    expect(queued).toHaveLength(1);
    const [premiere] = queued;
    expect(premiere).toMatchObject({ status: 'ON_SALE', capacity: 112, queue: { admitPerMinute: 6 } });
    const opensIn = new Date(premiere!.queue!.opensAt).getTime() - server.clock.now().getTime();
    expect(opensIn).toBeGreaterThan(DEMO_QUEUE_OPENS_AFTER_MS - 60_000);
    expect(opensIn).toBeLessThanOrEqual(DEMO_QUEUE_OPENS_AFTER_MS);
    const buyer = await createAccount(server);
    const { joinQueue } = await ok<{ joinQueue: { status: string; position: number | null } }>(server, `mutation($e: ID!) { joinQueue(eventId: $e) { status position } }`, { e: premiere!.id }, buyer.token);
    expect(joinQueue).toEqual({ status: 'WAITING', position: null });
  });
});
