import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuyers, startTestServer, subscribe, wsClient, type TestServer } from '../../test/harness.ts';
import { QueuePositions } from './queue-watch.ts';
import { QUEUE_TEST_CONFIG, QUEUE_UPDATED, join, open, queuedEvent, step, type Ticket } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { ...QUEUE_TEST_CONFIG, sweepIntervalMs: 60_000 } });
});
afterAll(async () => {
  await server.close();
});

/** Resolves once the socket is acknowledged. */
const connected = (client: Client) => new Promise<Client>((resolve) => client.on('connected', () => resolve(client)));

const placed = (items: { queueUpdated: Ticket }[]) => items.some((i) => i.queueUpdated.position !== null);

/**
 * A buyer who joins after opening has no place until the keeper's next step gives one, and learns
 * it only from `queueUpdated`. Their subscription may start just before that step, during it or
 * just after: whichever, the place must reach them. The keeper steps without pause here, so steps
 * land inside every part of the subscribing (reading the ticket, joining the watchers' group).
 */
describe('late arrivals watching for their place while the keeper places them', () => {
  for (const watchedAlready of [false, true]) {
    it(`every one is told their place ${watchedAlready ? '(others already watch the room)' : '(each the first to watch it)'}`, async () => {
      const count = 60;
      const event = await queuedEvent(server, { admitPerMinute: 1 });
      const early = await createBuyers(server, 1);
      await join(server, event.id, early[0]!);
      await open(server, event);
      const earlyClient = wsClient(server, early[0]!.token);
      const earlyWatcher = watchedAlready ? subscribe<{ queueUpdated: Ticket }>(earlyClient, QUEUE_UPDATED, { e: event.id }) : null;
      await earlyWatcher?.until((items) => items.length >= 1);

      let stepping = true;
      const keeper = (async () => {
        while (stepping) await server.queueKeeper.stepNow();
      })();
      const buyers = await createBuyers(server, count);
      // Connected beforehand, so a buyer's subscription starts right after their join answers,
      // when the keeper's step that places them is due.
      const clients = await Promise.all(buyers.map(async (b) => connected(wsClient(server, b.token))));
      const watchers = [];
      for (const [i, buyer] of buyers.entries()) {
        expect((await join(server, event.id, buyer)).position).toBeNull();
        const watcher = subscribe<{ queueUpdated: Ticket }>(clients[i]!, QUEUE_UPDATED, { e: event.id });
        watchers.push(watcher);
        await watcher.until(placed, 2000).catch(() => undefined);
        // Without others watching, each buyer's group closes before the next one's opens.
        if (!watchedAlready) watcher.unsubscribe();
      }
      stepping = false;
      await keeper;

      const unplaced = watchers.filter((w) => !placed(w.received));
      expect(unplaced.map((w) => w.received.map((i) => i.queueUpdated))).toEqual([]);
      for (const w of watchers) w.unsubscribe();
      earlyWatcher?.unsubscribe();
      await Promise.all([...clients, earlyClient].map((c) => c.dispose()));
    });
  }

  it('watchers waiting on two steps at once both find their places (one read of positions serves the later step too)', async () => {
    const event = await queuedEvent(server);
    const [early, late] = await createBuyers(server, 2);
    const earlyTicket = await join(server, event.id, early!);
    await open(server, event);
    const lateTicket = await join(server, event.id, late!);
    await step(server);
    // The shuffle placed through 1, the next step through 2: asked in that order, before either read ends.
    const positions = new QueuePositions(server.app.orm);
    const [first, second] = await Promise.all([
      positions.lookup(Number(event.id), Number(earlyTicket.id), 1),
      positions.lookup(Number(event.id), Number(lateTicket.id), 2),
    ]);
    expect([first, second]).toEqual([1, 2]);
  });
});
