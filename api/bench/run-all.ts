/**
 * Every benchmark in sequence, each in its own process (a bench's thousands of sockets must not
 * weigh on the next), then one combined table: `node api/bench/run-all.ts [--quick]`.
 * Writes bench-results/all.json beside each bench's own file.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { QUICK } from './bench-mode.ts';
import { machine, table, writeResult, type BenchResult, type Row } from './bench-table.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const RESULTS = fileURLToPath(new URL('../../bench-results/', import.meta.url));

/** The existing reserveSeat bench takes its settings from the environment; --quick shortens them. */
const RESERVE_QUICK_ENV = { BENCH_SECONDS: '2', BENCH_ROUNDS: '1', BENCH_WARMUP_SECONDS: '0.5', BENCH_HOT_SEAT_ROUNDS: '1', BENCH_SWEEP: '16', BENCH_SWEEP_SECONDS: '1' };

const BENCHES = [
  { name: 'reserve', file: 'reserve-bench.ts' },
  { name: 'fanout', file: 'fanout-bench.ts' },
  { name: 'memory', file: 'memory-bench.ts' },
  { name: 'idle-load', file: 'idle-load-bench.ts' },
  { name: 'notify', file: 'notify-bench.ts' },
  { name: 'onsale', file: 'onsale-bench.ts' },
] as const;

function runChild(file: string): Promise<number> {
  const env = {
    ...process.env,
    // The reserve bench uses DATABASE_URL's server when set (else an embedded PostgreSQL); the machine's is faster to start.
    DATABASE_URL: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    ...(QUICK ? RESERVE_QUICK_ENV : {}),
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [here(file), ...(QUICK ? ['--quick'] : [])], { env, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const readJson = (name: string): unknown => JSON.parse(readFileSync(`${RESULTS}${name}.json`, 'utf8'));

/** The reserve bench's report is another engineer's format: read only what is needed, and defensively. */
function reserveRows(): Row[] {
  type Throughput = { throughputPerSecond?: number; latencyMs?: { p50?: number; p95?: number; p99?: number } };
  const r = readJson('reserve') as {
    ratio?: number;
    graphql?: Throughput;
    raw?: Throughput;
    hotSeat?: { allPassed?: boolean };
    hotSeatWide?: { allPassed?: boolean };
    sweep?: { concurrency: number; graphql: Throughput; raw: Throughput; ratio: number }[];
    mix?: { buyers: number; seats: number; successes: number; goodputPerSecond: number; retriesPerSuccess: number; http5xx: number; passed: boolean };
  };
  const n = (x: number | undefined, digits = 1) => (x ?? Number.NaN).toFixed(digits);
  const sweepRows: Row[] = (r.sweep ?? []).map((l) => ({
    bench: 'reserve',
    measure: `${l.concurrency} buyers: reserveSeat/s GraphQL / raw pg; GraphQL p50/p95/p99 ms`,
    value: `${n(l.graphql.throughputPerSecond, 0)} / ${n(l.raw.throughputPerSecond, 0)} (${n(l.ratio, 2)}); ${n(l.graphql.latencyMs?.p50)} / ${n(l.graphql.latencyMs?.p95)} / ${n(l.graphql.latencyMs?.p99)}`,
    bar: '',
    result: '',
  }));
  const mix = r.mix;
  const ratio = r.ratio ?? Number.NaN;
  const p99 = r.graphql?.latencyMs?.p99 ?? Number.NaN;
  const tps = `${(r.graphql?.throughputPerSecond ?? Number.NaN).toFixed(1)} / ${(r.raw?.throughputPerSecond ?? Number.NaN).toFixed(1)}`;
  return [
    { bench: 'reserve', measure: 'reserveSeat/s GraphQL / raw pg, 64 buyers', value: tps, bar: '', result: '' },
    { bench: 'reserve', measure: 'ratio GraphQL / raw pg', value: ratio.toFixed(2), bar: '>= 0.35', result: ratio >= 0.35 ? 'PASS' : 'FAIL' },
    { bench: 'reserve', measure: 'reserveSeat p99 ms at 64', value: p99.toFixed(1), bar: '< 50 ms', result: p99 < 50 ? 'PASS' : 'FAIL' },
    { bench: 'reserve', measure: '64 buyers on one seat: 1 OK, 63 CONFLICT', value: String(r.hotSeat?.allPassed), bar: 'all rounds', result: r.hotSeat?.allPassed ? 'PASS' : 'FAIL' },
    { bench: 'reserve', measure: '256 buyers on one seat: 1 OK, 255 CONFLICT', value: String(r.hotSeatWide?.allPassed), bar: 'all rounds', result: r.hotSeatWide?.allPassed ? 'PASS' : 'FAIL' },
    ...sweepRows,
    {
      bench: 'reserve',
      measure: `${mix?.buyers ?? 256} buyers for ${mix?.seats ?? 100} seats: goodput/s, retries per success`,
      value: `${n(mix?.goodputPerSecond)}, ${n(mix?.retriesPerSuccess, 2)}`,
      bar: `all sold once, no 5xx`,
      result: mix?.passed ? 'PASS' : 'FAIL',
    },
  ];
}

function rowsOf(result: BenchResult): Row[] {
  return [
    ...result.figures.map((f) => ({ bench: result.bench, measure: f.name, value: String(f.value), bar: '', result: '' })),
    ...result.bars.map((b) => ({ bench: result.bench, measure: b.name, value: String(b.value), bar: b.limit, result: b.passed ? 'PASS' : 'FAIL' })),
  ];
}

const started = new Date();
const rows: Row[] = [];
const exitCodes: Record<string, number> = {};
for (const bench of BENCHES) {
  console.log(`\n=== ${bench.name} ===`);
  const benchStarted = Date.now();
  exitCodes[bench.name] = await runChild(bench.file);
  // A bench exits non-zero on a correctness failure (a lost race, an oversold seat) and still writes its file.
  if (exitCodes[bench.name] !== 0) rows.push({ bench: bench.name, measure: 'run', value: `exit code ${exitCodes[bench.name]}`, bar: '0', result: 'FAIL' });
  try {
    if (statSync(`${RESULTS}${bench.name}.json`).mtimeMs < benchStarted) throw new Error('stale');
    rows.push(...(bench.name === 'reserve' ? reserveRows() : rowsOf(readJson(bench.name) as BenchResult)));
  } catch {
    rows.push({ bench: bench.name, measure: 'results file', value: 'missing or unreadable', bar: '', result: 'FAIL' });
  }
}
const m = machine();
const minutes = (Date.now() - started.getTime()) / 60_000;
console.log(`\nAll benchmarks (${QUICK ? 'quick' : 'full'}), ${started.toISOString().slice(0, 16)} UTC, ${m.cores} x ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${minutes.toFixed(1)} min, load average at the end ${m.loadAverage}`);
console.log(table(rows));
console.log(`  -> ${writeResult('all', { date: started.toISOString(), quick: QUICK, minutes, machine: m, rows, exitCodes })}`);
if (Object.values(exitCodes).some((c) => c !== 0)) process.exitCode = 1;
