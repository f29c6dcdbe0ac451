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

/** The raw samples of one closed-loop run; several runs of one path are merged into a LoadResult. */
export interface LoadRun {
  latenciesMs: number[];
  outcomes: Outcome[];
  /** Wall time from the end of the warm-up to the last counted response. */
  elapsedMs: number;
  workersExhausted: number;
}

export interface LoadResult {
  workers: number;
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
export async function closedLoop(options: LoadOptions, task: Task): Promise<LoadRun> {
  const measureFrom = performance.now() + options.warmupMs;
  const stopAt = measureFrom + options.measureMs;
  const run: LoadRun = { latenciesMs: [], outcomes: [], elapsedMs: 0, workersExhausted: 0 };
  let lastEnd = measureFrom;

  const worker = async (index: number) => {
    while (performance.now() < stopAt) {
      const sent = performance.now();
      const outcome = await task(index);
      const answered = performance.now();
      if (outcome === null) {
        run.workersExhausted++;
        return;
      }
      if (sent >= measureFrom) {
        run.latenciesMs.push(answered - sent);
        run.outcomes.push(outcome);
        lastEnd = Math.max(lastEnd, answered);
      }
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, i) => worker(i)));
  run.elapsedMs = lastEnd - measureFrom;
  return run;
}

/** Several runs of one path as one result: all their samples over all their measured time. */
export function mergeRuns(workers: number, runs: readonly LoadRun[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latenciesMs);
  const elapsedMs = runs.reduce((sum, r) => sum + r.elapsedMs, 0);
  return {
    workers,
    elapsedMs,
    throughputPerSecond: elapsedMs > 0 ? (latencies.length * 1000) / elapsedMs : 0,
    latencyMs: summarize(latencies),
    outcomes: tally(runs.flatMap((r) => r.outcomes)),
    workersExhausted: Math.max(0, ...runs.map((r) => r.workersExhausted)),
  };
}

/** Runs `run` for every item with at most `concurrency` in flight (setup work such as creating holds). */
export async function inBatches<T>(items: readonly T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}
