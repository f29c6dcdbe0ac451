import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuyers, startTestServer, subscribe, wsClient, type TestServer } from '../../test/harness.ts';
import { QUEUE_TEST_CONFIG, QUEUE_UPDATED, join, open, queuedEvent, step, type Ticket } from './test-support.ts';

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  // Two processes fanning out through Redis, as deployed.
  const config = { ...QUEUE_TEST_CONFIG, sweepIntervalMs: 60_000, publisher: 'redis' as const, redisUrl: 'redis://127.0.0.1:6379', redisChannelPrefix: `test-${randomUUID()}:` };
  server = await startTestServer({ config });
  other = await startTestServer({ config, shareDatabaseWith: server });
});
afterAll(async () => {
  await other.close();
  await server.close();
});

async function frames(s: TestServer) {
  const { values } = await s.app.metrics.subscriptionWork.get();
  const of = (kind: string) => values.find((v) => v.labels['kind'] === kind)?.value ?? 0;
  return { executions: of('execution'), projections: of('projection') };
}

describe('queue feedback is pushed from one message per step', () => {
  it('every watcher gets its own place and the number ahead as admission moves, with no execution and no query per watcher', async () => {
    const event = await queuedEvent(server, { rows: 10, seatsPerRow: 50, admitPerMinute: 600 });
    const buyers = await createBuyers(server, 120);
    await Promise.all(buyers.map((b) => join(server, event.id, b)));
    await open(server, event);
    // Watchers on the other process: it hears the steps only through its publisher's messages.
    const clients = buyers.map((b) => wsClient(other, b.token));
    const watchers = clients.map((c) => subscribe<{ queueUpdated: Ticket }>(c, QUEUE_UPDATED, { e: event.id }));
    await Promise.all(watchers.map((w) => w.until((items) => items.length >= 1)));
    const first = watchers.map((w) => w.received[0]!.queueUpdated);
    // Shuffled and admitted up to the first step already: ahead is position - admitted - 1 for everyone waiting.
    const admittedThrough = Math.max(0, ...first.filter((t) => t.status === 'ADMITTED').map((t) => t.position!));
    for (const t of first.filter((x) => x.status === 'WAITING')) expect(t.aheadOfYou).toBe(t.position! - admittedThrough - 1);

    const before = await frames(other);
    const queries = { n: 0 };
    const config = other.app.orm.config;
    const onQuery = config.get('onQuery');
    config.set('onQuery', (sql, params) => (queries.n++, onQuery(sql, params)));
    await step(server);
    other.clock.advance(1000);
    await Promise.all(watchers.filter((_w, i) => first[i]!.status === 'WAITING').map((w) => w.until((items) => items.length >= 2)));
    await new Promise((r) => setTimeout(r, 100));
    config.set('onQuery', onQuery);
    const after = await frames(other);

    const second = watchers.map((w) => w.received.at(-1)!.queueUpdated);
    const through = Math.max(0, ...second.filter((t) => t.status === 'ADMITTED').map((t) => t.position!));
    expect(through).toBeGreaterThan(admittedThrough);
    for (const [i, t] of second.entries()) {
      expect(t.id).toBe(first[i]!.id);
      if (t.position! <= through) expect(t).toMatchObject({ status: 'ADMITTED', aheadOfYou: 0, estimatedWaitSeconds: 0 });
      else expect(t).toMatchObject({ status: 'WAITING', aheadOfYou: t.position! - through - 1 });
      if (t.status === 'WAITING') expect(t.estimatedWaitSeconds).toBeGreaterThan(0);
    }
    // Every watcher that waited was written one frame, made without executing the selection or reading the database.
    expect(after.executions - before.executions).toBe(0);
    expect(after.projections - before.projections).toBe(first.filter((t) => t.status === 'WAITING').length);
    expect(queries.n).toBe(0);
    for (const w of watchers) w.unsubscribe();
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('a watcher without a ticket is told to join first', async () => {
    const event = await queuedEvent(server);
    const [buyer] = await createBuyers(server, 1);
    const client = wsClient(server, buyer!.token);
    const watcher = subscribe(client, QUEUE_UPDATED, { e: event.id });
    await watcher.until((_items) => watcher.errors.length > 0);
    expect(JSON.stringify(watcher.errors)).toContain('BAD_USER_INPUT');
    await client.dispose();
  });
});
