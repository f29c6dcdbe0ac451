/** Percentiles of one sample of latencies (ms); kept here so the new benches do not depend on files still being edited. */
export interface Quantiles {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array. */
function rank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

export function quantiles(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: rank(sorted, 50), p99: rank(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export const median = (values: readonly number[]): number => rank([...values].sort((a, b) => a - b), 50);

export const fixed = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes on one machine. */
export const wallMs = (): number => performance.timeOrigin + performance.now();
