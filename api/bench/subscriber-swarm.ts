import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { SeatUpdatedDocument } from '../../cli/src/operations.ts';
import { metrics, type ChildServer } from './bench-processes.ts';
import { sleep } from './bench-mode.ts';
import { wallMs } from './quantiles.ts';

/** Called on every seatUpdated any subscriber receives, with the receipt time (wall-clock ms). */
export type OnUpdate = (seatId: string, receivedAt: number) => void;

/**
 * N graphql-ws subscribers to seatUpdated of one event, each its own TesseraClient and socket
 * (as N browsers would be), spread round-robin over the given servers. They live in the bench
 * process; the servers are child processes, so the servers' measurements do not include them.
 */
export class SubscriberSwarm {
  private readonly clients: TesseraClient[] = [];
  private errors = 0;

  async open(servers: readonly ChildServer[], eventId: string, count: number, onUpdate: OnUpdate = () => {}): Promise<void> {
    // Batches, each waited for: thousands of simultaneous handshakes would time the SYN backlog, not Tessera.
    const batch = 250;
    for (let start = 0; start < count; start += batch) {
      const opened: Promise<void>[] = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        opened.push(
          new Promise<void>((resolve) => {
            const client = new TesseraClient({ url: servers[i % servers.length]!.graphqlUrl, onConnected: () => resolve() });
            this.clients.push(client);
            client.subscribe(SeatUpdatedDocument, { eventId }, {
              next: (data) => onUpdate(data.seatUpdated.id, wallMs()),
              error: () => {
                this.errors++;
              },
            });
          }),
        );
      }
      await Promise.all(opened);
    }
    // Every subscription this swarm holds (it may grow in steps).
    await waitForSubscriptions(servers, this.clients.length);
  }

  get subscriptionErrors(): number {
    return this.errors;
  }

  get size(): number {
    return this.clients.length;
  }

  async close(): Promise<void> {
    const all = this.clients.splice(0);
    for (let i = 0; i < all.length; i += 500) await Promise.allSettled(all.slice(i, i + 500).map((c) => c.close()));
  }
}

/** The connection ack comes before the subscription is registered: wait for the servers' own count. */
async function waitForSubscriptions(servers: readonly ChildServer[], expected: number, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  let seen = 0;
  while (Date.now() < deadline) {
    const counts = await Promise.all(servers.map((s) => metrics(s, ['tessera_subscriptions'])));
    seen = counts.reduce((sum, c) => sum + (c['tessera_subscriptions'] ?? 0), 0);
    if (seen >= expected) return;
    await sleep(200);
  }
  throw new Error(`only ${seen} of ${expected} subscriptions registered`);
}
