/** `--quick` (or BENCH_QUICK=1) shortens every bench to a smoke of the whole suite: its figures are too short to judge a bar by. */
export const QUICK = process.argv.includes('--quick') || process.env['BENCH_QUICK'] === '1';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A positive number from the environment (a bench's knob), `fallback` when unset. */
export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
}

/** A list of positive integers from the environment ("1,16,64,256"). */
export function envList(name: string, fallback: readonly number[]): number[] {
  const raw = process.env[name];
  if (!raw) return [...fallback];
  const values = raw.split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`${name} must list positive integers, not ${raw}`);
  return values;
}
