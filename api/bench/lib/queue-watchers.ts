import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromQueueWorker, ToQueueWorker, WatcherReport } from './queue-watcher-worker.ts';

const WORKER = fileURLToPath(new URL('./queue-watcher-worker.ts', import.meta.url));
/** Sockets per worker process, under the per-process file-descriptor limit. */
const PER_WORKER = 10_000;
const LOCAL_ADDRESSES = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`);

/**
 * Buyers on the waiting-room page: one socket per buyer with its own token, subscribed to
 * queueUpdated, held by worker processes (queue-watcher-worker.ts) spread over the API processes.
 */
interface Worker {
  process: ChildProcess;
  waiting: ((m: FromQueueWorker) => boolean)[];
}

export class QueueWatchers {
  readonly #workers: Worker[] = [];

  async open(urls: string[], tokens: string[], query: string, eventId: string): Promise<{ opened: number; failed: number; stuck: Record<string, number> }> {
    let opened = 0;
    let failed = 0;
    const stuck: Record<string, number> = {};
    const shares: string[][] = [];
    for (let i = 0; i < tokens.length; i += PER_WORKER) shares.push(tokens.slice(i, i + PER_WORKER));
    await Promise.all(
      shares.map(async (share) => {
        const worker = this.#spawn();
        const answer = await this.#ask(worker, { type: 'open', urls, localAddresses: LOCAL_ADDRESSES, tokens: share, query, eventId }, 'opened');
        opened += answer.count;
        failed += answer.failed;
        for (const [k, v] of Object.entries(answer.stuck)) stuck[k] = (stuck[k] ?? 0) + v;
      }),
    );
    return { opened, failed, stuck };
  }

  /** What every socket heard so far, merged. */
  async report(): Promise<WatcherReport> {
    const reports = await Promise.all(this.#workers.map(async (w) => (await this.#ask(w, { type: 'report' }, 'report')).report));
    const steps: Record<string, number[]> = {};
    for (const r of reports) for (const [k, v] of Object.entries(r.steps)) (steps[k] ??= []).push(...v);
    return {
      steps,
      positions: reports.flatMap((r) => r.positions),
      admitted: reports.reduce((n, r) => n + r.admitted, 0),
      lost: reports.reduce((n, r) => n + r.lost, 0),
      errors: reports.reduce((n, r) => n + r.errors, 0),
    };
  }

  async end(): Promise<void> {
    await Promise.all(
      this.#workers.map((w) => new Promise<void>((resolve) => {
        if (w.process.exitCode !== null) return resolve();
        w.process.once('exit', () => resolve());
        w.process.send({ type: 'exit' } satisfies ToQueueWorker);
      })),
    );
    this.#workers.length = 0;
  }

  #spawn(): Worker {
    const worker: Worker = { process: fork(WORKER, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' }), waiting: [] };
    worker.process.on('message', (message: FromQueueWorker) => {
      const at = worker.waiting.findIndex((accept) => accept(message));
      if (at !== -1) worker.waiting.splice(at, 1);
    });
    this.#workers.push(worker);
    return worker;
  }

  #ask<T extends FromQueueWorker['type']>(worker: Worker, message: ToQueueWorker, type: T): Promise<Extract<FromQueueWorker, { type: T }>> {
    return new Promise((resolve) => {
      worker.waiting.push((answer) => {
        if (answer.type !== type) return false;
        resolve(answer as Extract<FromQueueWorker, { type: T }>);
        return true;
      });
      worker.process.send(message);
    });
  }
}
