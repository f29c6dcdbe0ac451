import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuyers, createEventFixture, gql, ok, startTestServer, type TestServer } from '../../test/harness.ts';
import { findViolations } from './invariants.ts';
import { query } from './sql.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the invariant checker', () => {
  it('finds nothing wrong after a mixed concurrent workload', async () => {
    const event = await createEventFixture(server, { rows: 2, seatsPerRow: 10, gaCapacity: 15 });
    const ga = event.tiers.find((t) => t.kind === 'GENERAL_ADMISSION')!;
    const buyers = await createBuyers(server, 12);
    await Promise.all(
      buyers.map(async (buyer, i) => {
        for (const seat of event.seats.slice(i % 5, (i % 5) + 3)) {
          await gql(server, `mutation($id: ID!, $v: Int!) { reserveSeat(id: $id, version: $v) { id } }`, { id: seat.id, v: seat.version }, buyer.token);
        }
        await gql(server, `mutation($t: ID!) { holdTickets(tierId: $t, quantity: 2) { id } }`, { t: ga.id }, buyer.token);
        const { me } = await ok<{ me: { holds: { id: string }[] } }>(server, `{ me { holds { id } } }`, {}, buyer.token);
        const hold = me.holds[0];
        if (hold && i % 2 === 0) await gql(server, `mutation($h: ID!) { checkout(holdId: $h, idempotencyKey: "k") { id } }`, { h: hold.id }, buyer.token);
      }),
    );
    expect(await findViolations(server.app.orm.em.fork())).toEqual([]);
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
