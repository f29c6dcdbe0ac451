import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createBuyers, createEventFixture, gql, ok, startTestServer, type GraphQLResponse, type TestServer } from '../../test/harness.ts';
import { findViolations } from './invariants.ts';
import { query } from './sql.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the invariant checker', () => {
  it('finds nothing wrong after a mixed concurrent workload, whose every answer the database agrees with', async () => {
    const event = await createEventFixture(server, { rows: 2, seatsPerRow: 10, gaCapacity: 15 });
    const ga = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const buyers = await createBuyers(server, 12);
    const answers = { reserve: [] as string[], tickets: [] as string[], checkout: [] as string[] };
    const outcome = (result: GraphQLResponse<unknown>) => (result.status >= 500 ? `HTTP ${result.status}` : (codeOf(result) ?? 'OK'));
    await Promise.all(
      buyers.map(async (buyer, i) => {
        // Buyers i and i + 5 want the same three seats: some of these race.
        for (const seat of event.seats.slice(i % 5, (i % 5) + 3)) {
          answers.reserve.push(outcome(await gql(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, buyer.token)));
        }
        answers.tickets.push(outcome(await gql(server, `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 2) { id } }`, { t: ga.id }, buyer.token)));
        const { me } = await ok<{ me: { holds: { id: string }[] } }>(server, `{ me { holds { id } } }`, {}, buyer.token);
        const hold = me.holds[0];
        if (hold && i % 2 === 0) answers.checkout.push(outcome(await gql(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "k") { id } }`, { h: hold.id }, buyer.token)));
      }),
    );
    // Every answer is a success or the refusal the rules give; 15 tickets go 2 at a time to 7 buyers.
    expect(new Set(answers.reserve)).toEqual(new Set(['OK', 'CONFLICT']));
    expect(answers.tickets.filter((a) => a === 'OK')).toHaveLength(7);
    expect(answers.tickets.filter((a) => a !== 'OK')).toEqual(Array(5).fill('SOLD_OUT'));
    // Every even buyer left holding something checks out (a buyer who lost every race has no hold).
    expect(answers.checkout.length).toBeGreaterThan(0);
    expect(new Set(answers.checkout)).toEqual(new Set(['OK']));
    // And the database holds exactly what was answered.
    const em = server.app.orm.em.fork();
    const [seats] = await query<{ taken: number; sold: number }>(
      em,
      `select count(*) filter (where status <> 'AVAILABLE')::int as taken, count(*) filter (where status = 'SOLD')::int as sold from seats where event_id = ?`,
      [Number(event.id)],
    );
    expect(seats!.taken).toBe(answers.reserve.filter((a) => a === 'OK').length);
    expect(seats!.sold).toBeGreaterThan(0);
    const [tier] = await query<{ held: number; sold: number }>(em, `select held, sold from tiers where id = ?`, [Number(ga.id)]);
    expect(tier!.held + tier!.sold).toBe(14);
    const [orders] = await query<{ n: number }>(em, `select count(*)::int as n from orders where event_id = ?`, [Number(event.id)]);
    expect(orders!.n).toBe(answers.checkout.length);
    expect(await findViolations(em)).toEqual([]);
  });

  it('reports a tampered counter (so an empty report means something)', async () => {
    const event = await createEventFixture(server, { rows: 0, gaCapacity: 10 });
    const em = server.app.orm.em.fork();
    await query(em, `update tiers set held = 2 where id = ?`, [Number(event.tiers[0]!.id)]);
    const violations = await findViolations(em);
    expect(violations.map((v) => v.rule)).toContain('a GA tier’s held count differs from its active holds');
    await query(em, `update tiers set held = 0 where id = ?`, [Number(event.tiers[0]!.id)]);
  });
});
