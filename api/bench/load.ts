import { summarize, tally, type LatencySummary } from './stats.ts';

/** What one request ended as: `OK`, an error code such as `CONFLICT`, or `HTTP_<status>`. */
export type Outcome = string;

/**
 * One worker's next request. Resolves to its outcome, or to null when the worker has nothing
 * left to do (its buyers have used up their seats), which ends that worker early.
 */
export type Task = (worker: number) => Promise<Outcome | null>;

export interface LoadOptions {
  workers: number;
  /** Requests in this first stretch run but are not counted (JIT, pools, caches). */
  warmupMs: number;
  measureMs: number;
}

export interface LoadResult {
  workers: number;
  /** Wall time from the end of the warm-up to the last counted response. */
  elapsedMs: number;
  throughputPerSecond: number;
  latencyMs: LatencySummary;
  outcomes: Record<string, number>;
  /** Workers that ran out of seats before the time was up (the run was then shorter than asked). */
  workersExhausted: number;
}

/**
 * A closed loop: `workers` concurrent clients, each sending its next request as soon as the
 * previous one answered, so concurrency stays at exactly `workers`. Only requests started after
 * the warm-up count.
 */
export async function closedLoop(options: LoadOptions, task: Task): Promise<LoadResult> {
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const stopAt = measureFrom + options.measureMs;
  const latencies: number[] = [];
  const outcomes: Outcome[] = [];
  let lastEnd = measureFrom;
  let exhausted = 0;

  const worker = async (index: number) => {
    while (performance.now() < stopAt) {
      const sent = performance.now();
      const outcome = await task(index);
      const answered = performance.now();
      if (outcome === null) {
        exhausted++;
        return;
      }
      if (sent >= measureFrom) {
        latencies.push(answered - sent);
        outcomes.push(outcome);
        lastEnd = Math.max(lastEnd, answered);
      }
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, i) => worker(i)));

  const elapsedMs = lastEnd - measureFrom;
  return {
    workers: options.workers,
    elapsedMs,
    throughputPerSecond: elapsedMs > 0 ? (latencies.length * 1000) / elapsedMs : 0,
    latencyMs: summarize(latencies),
    outcomes: tally(outcomes),
    workersExhausted: exhausted,
  };
}

/** Runs `count` tasks with at most `concurrency` in flight (setup work such as creating holds). */
export async function inBatches<T>(items: readonly T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}
