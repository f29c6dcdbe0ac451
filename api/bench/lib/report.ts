import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const RESULTS = fileURLToPath(new URL('../../../bench-results/', import.meta.url));

export type Row = Record<string, string | number | boolean>;

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  /** 1-minute load average when the bench ended: above the core count, other jobs shared the machine. */
  loadAverage: number;
}

export function machine(): Machine {
  const all = cpus();
  return {
    cpuModel: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${release()}`,
    node: process.versions.node,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
}

const cell = (value: string | number | boolean | undefined): string =>
  value === undefined ? '' : typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1)) : String(value);

/** A Markdown table: readable in a terminal and pasteable into the README as is. */
export function table(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}

export function writeResult(name: string, data: unknown): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = `${RESULTS}${name}.json`;
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

export interface Bar {
  name: string;
  value: number;
  limit: string;
  passed: boolean;
}

/** Every bench's result: its rows for the combined table, its bars, and whatever else it measured. */
export interface BenchResult {
  bench: string;
  date: string;
  quick: boolean;
  machine: Machine;
  rows: Row[];
  bars: Bar[];
  /** Headline figures without a bar, for the combined table of run-all.ts. */
  figures: { name: string; value: number | string }[];
  details?: unknown;
}

/**
 * The bar on a share of answers that were not OK (issue 16): a figure computed from OK answers
 * only could still pass while most requests fail fast, so each such figure has this bar beside it.
 */
export function nonOkBar(what: string, share: number, maxShare: number): Bar {
  return { name: `${what}: share of answers not OK`, value: Number(share.toFixed(4)), limit: `<= ${maxShare}`, passed: share <= maxShare };
}

/** Prints the bench's table and bars, writes bench-results/<bench>.json, and sets a failing exit code when a bar failed. */
export function report(result: BenchResult): void {
  console.log(`\n${result.bench} (${result.quick ? 'quick' : 'full'}), ${result.date}, ${result.machine.cores} x ${result.machine.cpuModel}, load average ${result.machine.loadAverage}`);
  console.log(table(result.rows));
  for (const figure of result.figures) console.log(`  ${figure.name}: ${figure.value}`);
  for (const bar of result.bars) console.log(`  bar ${bar.name}: ${cell(bar.value)} (${bar.limit}) ${bar.passed ? 'PASS' : 'FAIL'}`);
  console.log(`  -> ${writeResult(result.bench, result)}`);
  if (!result.bars.every((b) => b.passed)) process.exitCode = 1;
}
