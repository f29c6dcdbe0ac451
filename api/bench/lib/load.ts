import { nonOkShare, summarize, tally, type LatencySummary } from './stats.ts';

/** What one request ended as: `OK`, an error code such as `CONFLICT`, or `HTTP_<status>`. */
export type Outcome = string;

/**
 * One worker's next request. Resolves to its outcome, or to null when the worker has nothing
 * left to do (its buyers have used up their seats), which ends that worker early.
 */
export type Task = (worker: number) => Promise<Outcome | null>;

/** The raw samples of one run; several runs of one path merge into one LoadResult. */
export interface LoadRun {
  /** Latency of every counted answer, and its outcome, index for index. */
  latenciesMs: number[];
  outcomes: Outcome[];
  /** Wall time from the start of measurement to the last counted answer. */
  elapsedMs: number;
  workersExhausted: number;
}

/**
 * One path's figures. Throughput and latency count OK answers only (issue 16: a path that fails
 * fast must not look fast); every answer is in `outcomes`, and `nonOkShare` is what a bar limits.
 */
export interface LoadResult {
  workers: number;
  elapsedMs: number;
  /** Answers of any kind. */
  answered: number;
  ok: number;
  okPerSecond: number;
  /** Of OK answers only. */
  latencyMs: LatencySummary;
  outcomes: Record<string, number>;
  nonOkShare: number;
  /** Workers that ran out of seats before the time was up (the run was then shorter than asked). */
  workersExhausted: number;
}

export interface ClosedLoopOptions {
  workers: number;
  /** Requests in this first stretch run but are not counted (JIT, pools, caches). */
  warmupMs: number;
  measureMs: number;
}

/**
 * A closed loop: `workers` concurrent clients, each sending its next request as soon as the
 * previous one answered, so concurrency stays at exactly `workers` (and mean latency is
 * workers / throughput, whatever the server does). Only requests sent after the warm-up count.
 */
export async function closedLoop(options: ClosedLoopOptions, task: Task): Promise<LoadRun> {
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

export interface OpenLoopOptions {
  /** Mean arrivals per second. */
  ratePerSecond: number;
  warmupMs: number;
  measureMs: number;
  /** Gives the arrival gaps; Math.random by default (a seeded one makes runs repeatable). */
  random?: () => number;
}

/**
 * An open loop: requests arrive as a Poisson process at `ratePerSecond` (exponential gaps), each
 * sent at its arrival whatever the earlier ones are doing, so a slow server meets a queue, as it
 * would in an on-sale, instead of slowing the load down. Latency runs from the scheduled arrival,
 * not from when the event loop got round to sending it (no coordinated omission). `task` gets the
 * arrival's index. Arrivals in the warm-up run but are not counted.
 */
export async function openLoop(options: OpenLoopOptions, task: (arrival: number) => Promise<Outcome | null>): Promise<LoadRun & { sent: number; lateSendsMs: number[] }> {
  const random = options.random ?? Math.random;
  const start = performance.now();
  const measureFrom = start + options.warmupMs;
  const stopAt = measureFrom + options.measureMs;
  const run = { latenciesMs: [] as number[], outcomes: [] as Outcome[], elapsedMs: 0, workersExhausted: 0, sent: 0, lateSendsMs: [] as number[] };
  const inFlight = new Set<Promise<void>>();
  let due = start;
  for (let arrival = 0; ; arrival++) {
    due += (-Math.log(1 - random()) * 1000) / options.ratePerSecond;
    if (due >= stopAt) break;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    // Latency runs from the arrival when the loop sent late (a queue in the client is waiting too),
    // and from the send when it sent up to 1 ms early (no sub-millisecond timers).
    const sentAt = performance.now();
    const from = Math.min(due, sentAt);
    const counted = due >= measureFrom;
    if (counted) run.lateSendsMs.push(Math.max(0, sentAt - due));
    run.sent++;
    const request = task(arrival).then((outcome) => {
      const answered = performance.now();
      if (outcome === null) run.workersExhausted++;
      else if (counted) {
        run.latenciesMs.push(answered - from);
        run.outcomes.push(outcome);
      }
    });
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  await Promise.all(inFlight);
  // The rate achieved is judged over the offered window, not stretched to the last straggler.
  run.elapsedMs = options.measureMs;
  return run;
}

/** Several runs of one path as one result: all their samples over all their measured time, OK answers only in the figures. */
export function mergeRuns(workers: number, runs: readonly LoadRun[]): LoadResult {
  const okLatencies: number[] = [];
  const outcomes: Outcome[] = [];
  for (const r of runs) {
    r.outcomes.forEach((o, i) => {
      outcomes.push(o);
      if (o === 'OK') okLatencies.push(r.latenciesMs[i]!);
    });
  }
  const elapsedMs = runs.reduce((sum, r) => sum + r.elapsedMs, 0);
  const counts = tally(outcomes);
  return {
    workers,
    elapsedMs,
    answered: outcomes.length,
    ok: okLatencies.length,
    okPerSecond: elapsedMs > 0 ? (okLatencies.length * 1000) / elapsedMs : 0,
    latencyMs: summarize(okLatencies),
    outcomes: counts,
    nonOkShare: nonOkShare(counts),
    workersExhausted: Math.max(0, ...runs.map((r) => r.workersExhausted)),
  };
}

/** OK answers per second of one run. */
export const okRate = (run: LoadRun): number => (run.elapsedMs > 0 ? (run.outcomes.filter((o) => o === 'OK').length * 1000) / run.elapsedMs : 0);

/** Runs `run` for every item with at most `concurrency` in flight (setup work such as creating holds). */
export async function inBatches<T>(items: readonly T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}
