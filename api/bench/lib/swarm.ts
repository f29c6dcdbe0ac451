import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { operationText } from '../../test/kit/index.ts';
import { SeatUpdatedDocument } from '../../../cli/src/operations.ts';
import { metrics, type ApiProcess, type RawWsServer } from './processes.ts';
import { sleep } from './mode.ts';
import type { FromWorker, ToWorker } from './swarm-protocol.ts';

const WORKER = fileURLToPath(new URL('./swarm-worker.ts', import.meta.url));
/** Sockets per worker process: under the file-descriptor limit (20,000 on the bench machines) with room to spare. */
const PER_WORKER = 12_500;
/** Source addresses on the loopback network: each gives its own ~28,000 ephemeral ports per destination. */
const LOCAL_ADDRESSES = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`);

class Worker {
  readonly process: ChildProcess;
  sockets = 0;
  readonly #waiting: ((message: FromWorker) => boolean)[] = [];

  constructor(onReceipts: (key: string, values: number[], from: Worker) => void) {
    this.process = fork(WORKER, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
    this.process.on('message', (message: FromWorker) => {
      if (message.type === 'receipts') onReceipts(message.key, message.values, this);
      const at = this.#waiting.findIndex((accept) => accept(message));
      if (at !== -1) this.#waiting.splice(at, 1);
    });
  }

  send(message: ToWorker): void {
    this.process.send(message);
  }

  /** Sends `message` and resolves with the first answer of `type`. */
  ask<T extends FromWorker['type']>(message: ToWorker, type: T): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve) => {
      this.#waiting.push((answer) => {
        if (answer.type !== type) return false;
        resolve(answer as Extract<FromWorker, { type: T }>);
        return true;
      });
      this.send(message);
    });
  }
}

/**
 * N WebSocket clients, as N browsers would be: graphql-ws subscribers of one event's seatUpdated
 * spread round-robin over API processes, or plain clients of raw `ws` servers. They live in worker
 * processes (swarm-worker.ts), never in the servers measured nor in the bench's own process, from
 * several source addresses. `receipts(key)` gives when (graphql: wall-clock ms) or how long after
 * its send (raw) every client got the change `key`.
 */
export class SubscriberSwarm {
  readonly #workers: Worker[] = [];
  readonly #arrived = new Map<string, { values: number[]; from: Set<Worker> }>();
  #failed = 0;

  get size(): number {
    return this.#workers.reduce((n, w) => n + w.sockets, 0);
  }

  /** Sockets that closed before they were subscribed (or open, for raw clients). */
  get failed(): number {
    return this.#failed;
  }

  /** Subscribes `count` more clients to seatUpdated of `eventId` and waits until the servers have registered them all. */
  async open(servers: readonly ApiProcess[], eventId: number, count: number): Promise<void> {
    const urls = servers.map((s) => s.url.replace(/^http/, 'ws'));
    await this.#spread(count, { type: 'open', kind: 'graphql', urls, count: 0, localAddresses: LOCAL_ADDRESSES, query: operationText(SeatUpdatedDocument), variables: { eventId: String(eventId) } });
    await waitForSubscriptions(servers, this.size);
  }

  /** `count` more plain clients of the raw servers. */
  async openRaw(servers: readonly RawWsServer[], count: number): Promise<void> {
    await this.#spread(count, { type: 'open', kind: 'raw', urls: servers.map((s) => `ws://127.0.0.1:${s.port}/`), count: 0, localAddresses: LOCAL_ADDRESSES });
  }

  async #spread(count: number, template: Extract<ToWorker, { type: 'open' }>): Promise<void> {
    const shares: { worker: Worker; count: number }[] = [];
    let left = count;
    for (const worker of this.#workers) {
      const share = Math.min(left, PER_WORKER - worker.sockets);
      if (share > 0) shares.push({ worker, count: share });
      left -= Math.max(0, share);
    }
    while (left > 0) {
      const worker = new Worker((key, values, from) => this.#record(key, values, from));
      this.#workers.push(worker);
      const share = Math.min(left, PER_WORKER);
      shares.push({ worker, count: share });
      left -= share;
    }
    // Workers open their shares at once (each in batches): as many handshakes in flight as workers.
    await Promise.all(
      shares.map(async ({ worker, count: n }) => {
        const opened = await worker.ask({ ...template, count: n }, 'opened');
        worker.sockets += opened.count;
        this.#failed += opened.failed;
      }),
    );
  }

  #record(key: string, values: number[], from: Worker): void {
    let entry = this.#arrived.get(key);
    if (!entry) this.#arrived.set(key, (entry = { values: [], from: new Set() }));
    entry.values.push(...values);
    entry.from.add(from);
  }

  /** Every receipt of change `key`, once each worker with sockets reported it, or after `timeoutMs` whatever arrived. */
  async receipts(key: string, timeoutMs = 10_000): Promise<number[]> {
    const holding = this.#workers.filter((w) => w.sockets > 0);
    const complete = () => holding.every((w) => this.#arrived.get(key)?.from.has(w));
    const deadline = Date.now() + timeoutMs;
    while (!complete() && Date.now() < deadline) await sleep(5);
    if (!complete()) {
      // Ask the late workers for what they have; each answers with a receipts message.
      const late = holding.filter((w) => !this.#arrived.get(key)?.from.has(w));
      for (const w of late) w.send({ type: 'flush', key });
      while (!complete()) await sleep(5);
    }
    const values = this.#arrived.get(key)?.values ?? [];
    this.#arrived.delete(key);
    return values;
  }

  /** Closes every client (the workers stay for the next open); returns how many had been closed by the other side before. */
  async close(): Promise<number> {
    const answers = await Promise.all(this.#workers.map((w) => w.ask({ type: 'close' }, 'closed')));
    for (const w of this.#workers) w.sockets = 0;
    this.#arrived.clear();
    return answers.reduce((n, a) => n + a.lost, 0);
  }

  /** Closes every client and ends the workers. */
  async end(): Promise<void> {
    const exits = this.#workers.map((w) => new Promise<void>((resolve) => (w.process.exitCode !== null ? resolve() : w.process.once('exit', () => resolve()))));
    for (const w of this.#workers) w.send({ type: 'exit' });
    await Promise.all(exits);
    this.#workers.length = 0;
  }
}

/** The connection ack comes before the subscription is registered: wait for the servers' own count. */
async function waitForSubscriptions(servers: readonly ApiProcess[], expected: number, ms = 120_000): Promise<void> {
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
