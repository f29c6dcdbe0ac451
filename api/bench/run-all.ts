/**
 * Every benchmark in sequence, each in its own process (a bench's thousands of sockets must not
 * weigh on the next), then one combined table: `node api/bench/run-all.ts [--quick]`.
 * Writes bench-results/all.json beside each bench's own file. Exits 1 when any bar failed or a
 * bench did not finish.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { QUICK } from './lib/mode.ts';
import { machine, table, writeResult, type BenchResult, type Row } from './lib/report.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const RESULTS = fileURLToPath(new URL('../../bench-results/', import.meta.url));

const BENCHES = ['reserve', 'open-loop', 'fanout', 'memory', 'idle-load', 'notify', 'onsale', 'queue'] as const;

function runChild(name: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [here(`${name}-bench.ts`), ...(QUICK ? ['--quick'] : [])], { env: process.env, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
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
let failed = false;
for (const name of BENCHES) {
  console.log(`\n=== ${name} ===`);
  const benchStarted = Date.now();
  exitCodes[name] = await runChild(name);
  console.log(`=== ${name}: ${((Date.now() - benchStarted) / 1000).toFixed(0)} s ===`);
  const file = `${RESULTS}${name}.json`;
  let result: BenchResult | null = null;
  try {
    if (statSync(file).mtimeMs >= benchStarted) result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
  } catch {
    result = null;
  }
  if (result) {
    rows.push(...rowsOf(result));
    // A bench exits 1 when one of its bars failed (its rows say which); without a failed bar, it crashed after writing.
    if (exitCodes[name] !== 0 && result.bars.every((b) => b.passed)) rows.push({ bench: name, measure: 'run', value: `exit code ${exitCodes[name]}`, bar: '0', result: 'FAIL' });
    failed ||= exitCodes[name] !== 0 || !result.bars.every((b) => b.passed);
  } else {
    rows.push({ bench: name, measure: 'results file', value: `missing (exit code ${exitCodes[name]})`, bar: '', result: 'FAIL' });
    failed = true;
  }
}
const m = machine();
const minutes = (Date.now() - started.getTime()) / 60_000;
console.log(`\nAll benchmarks (${QUICK ? 'quick' : 'full'}), ${started.toISOString().slice(0, 16)} UTC, ${m.cores} x ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${minutes.toFixed(1)} min, load average at the end ${m.loadAverage}`);
console.log(table(rows));
console.log(`  -> ${writeResult('all', { date: started.toISOString(), quick: QUICK, minutes, machine: m, rows, exitCodes })}`);
if (failed) process.exitCode = 1;
