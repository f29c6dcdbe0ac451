import { round, summarize } from './stats.ts';

/** Percentiles of one sample of latencies (ms), as the load benches report them. */
export interface Quantiles {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function quantiles(values: readonly number[]): Quantiles {
  const { count, p50, p99, max } = summarize(values);
  return { count, p50, p99, max };
}

export const median = (values: readonly number[]): number => summarize(values).p50;

export const fixed = round;

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes on one machine. */
export const wallMs = (): number => performance.timeOrigin + performance.now();
