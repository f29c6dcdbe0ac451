/** Latency figures of one measured run, in milliseconds. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(latenciesMs: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  let total = 0;
  for (const v of sorted) total += v;
  const list = Array.from(sorted);
  return {
    count: list.length,
    mean: list.length ? total / list.length : Number.NaN,
    p50: percentile(list, 50),
    p95: percentile(list, 95),
    p99: percentile(list, 99),
    max: list.at(-1) ?? Number.NaN,
  };
}

export const median = (values: readonly number[]): number => summarize(values).p50;

/** Counts of each outcome (OK, CONFLICT, HTTP_500, ...). */
export function tally(outcomes: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

/** Adds the counts of `more` into `into`. */
export function addCounts(into: Record<string, number>, more: Readonly<Record<string, number>>): Record<string, number> {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
  return into;
}

/** The share (0-1) of answers that were not OK. */
export function nonOkShare(outcomes: Readonly<Record<string, number>>): number {
  let all = 0;
  for (const n of Object.values(outcomes)) all += n;
  return all === 0 ? 0 : (all - (outcomes['OK'] ?? 0)) / all;
}

/** "0.0 %" or "3.2 % (CONFLICT 31, HTTP_502 1)": the non-OK share printed beside a figure. */
export function describeNonOk(outcomes: Readonly<Record<string, number>>): string {
  const others = Object.entries(outcomes).filter(([k]) => k !== 'OK');
  const share = `${(nonOkShare(outcomes) * 100).toFixed(1)} %`;
  return others.length ? `${share} (${others.map(([k, v]) => `${k} ${v}`).join(', ')})` : share;
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes on one machine. */
export const wallMs = (): number => performance.timeOrigin + performance.now();
