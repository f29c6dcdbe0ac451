import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RaceResult, ThroughputResult } from './phases.ts';
import type { MixResult, SweepLevel } from './reserve-sweep.ts';
import { round } from './stats.ts';

/** The issue's bar: GraphQL throughput at least 35 % of the raw SQL loop's, and p99 under 50 ms at 64. */
export const BAR = { minRatio: 0.35, maxP99Ms: 50 } as const;

export const RESULTS_FILE = fileURLToPath(new URL('../../bench-results/reserve.json', import.meta.url));

export interface BenchReport {
  date: string;
  machine: { cpuModel: string; cores: number; memoryGiB: number; platform: string; node: string; postgres: string };
  settings: Record<string, number | string>;
  sql: { statements: string[]; firstSeatStatements: string[]; matchesRawLoop: boolean; mismatches: string[] };
  graphql: ThroughputResult;
  raw: ThroughputResult;
  ratio: number;
  bar: { minRatio: number; maxP99Ms: number; ratioMet: boolean; p99Met: boolean };
  hotSeat: { rounds: RaceResult[]; allPassed: boolean };
  /** The same race with 256 buyers. */
  hotSeatWide: { rounds: RaceResult[]; allPassed: boolean };
  mix: MixResult;
  /** GraphQL against raw pg at each concurrency (64 is the run above). */
  sweep: SweepLevel[];
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const ms = (value: number) => pad(round(value, 1).toFixed(1), 8);

function throughputRow(name: string, r: ThroughputResult): string {
  const l = r.latencyMs;
  const cpu = `${r.cpu.nodeMainThreadPct}/${r.cpu.nodeProcessPct}/${r.cpu.postgresPct ?? '-'}/${r.cpu.othersPct ?? '-'}`;
  const others = Object.entries(r.outcomes).filter(([k]) => k !== 'OK');
  return [
    name.padEnd(10),
    pad(Math.round(r.throughputPerSecond), 8),
    ms(l.p50), ms(l.p95), ms(l.p99), ms(l.max),
    pad(l.count, 8),
    pad(cpu, 26),
    `  rounds ${r.rounds.map((x) => Math.round(x)).join(', ')}`,
    others.length ? `  not OK: ${JSON.stringify(Object.fromEntries(others))}` : '',
  ].join(' ');
}

export function printReport(report: BenchReport): void {
  const { machine, graphql, raw } = report;
  console.log(`\nTessera reserveSeat benchmark, ${report.date}`);
  console.log(`machine: ${machine.cpuModel} x ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, ${machine.postgres}`);
  console.log(`settings: ${Object.entries(report.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  console.log(`\nSQL per measured reservation (buyer already holding; MikroORM's text ${report.sql.matchesRawLoop ? 'matches the raw loop byte for byte' : 'DIFFERS from the raw loop'}):`);
  report.sql.statements.forEach((s, i) => console.log(`  ${i + 1}. ${s.replace(/\s+/g, ' ')}`));
  for (const m of report.sql.mismatches) console.log(`  MISMATCH ${m}`);
  console.log(`  (a buyer's first seat, which creates the hold, sends ${report.sql.firstSeatStatements.length} statements: see the JSON file; used only while priming)`);

  console.log(`\nThroughput at ${graphql.workers} concurrent buyers on distinct seats (${round(graphql.elapsedMs / 1000)} s / ${round(raw.elapsedMs / 1000)} s measured, in ${graphql.rounds.length} alternating rounds):`);
  console.log(`${'path'.padEnd(10)} ${pad('req/s', 8)} ${pad('p50 ms', 8)} ${pad('p95 ms', 8)} ${pad('p99 ms', 8)} ${pad('max ms', 8)} ${pad('count', 8)} ${pad('CPU % main/node/pg/other', 26)}`);
  console.log(throughputRow('GraphQL', graphql));
  console.log(throughputRow('raw pg', raw));
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log(`ratio GraphQL/raw = ${report.ratio.toFixed(3)} (bar >= ${BAR.minRatio}: ${verdict(report.bar.ratioMet)}); GraphQL p99 = ${graphql.latencyMs.p99.toFixed(1)} ms (bar < ${BAR.maxP99Ms} ms: ${verdict(report.bar.p99Met)})`);
  // Little's law: in a closed loop, mean latency = concurrency / throughput, and p99 >= mean.
  const needed = (graphql.workers * 1000) / BAR.maxP99Ms;
  console.log(`p99 < ${BAR.maxP99Ms} ms at ${graphql.workers} in flight needs more than ${Math.round(needed)} req/s (Little's law); the raw SQL loop reached ${Math.round(raw.throughputPerSecond)}`);
  console.log(`CPU, % of one core (${machine.cores * 100} % = the whole machine): main = Node's main thread (server and load generator), node = all of Node, pg = the bench database's backends and WAL writer, other = the rest of the machine`);
  const busiest = Math.max(graphql.cpu.othersPct ?? 0, raw.cpu.othersPct ?? 0);
  if (busiest > 25) console.log(`WARNING: other work on the machine used up to ${busiest} % of a core during a phase: these figures are noisy`);
  for (const r of [graphql, raw]) if (r.workersExhausted) console.log(`note: ${r.workersExhausted} workers ran out of seats before the end`);

  for (const hot of [report.hotSeat, report.hotSeatWide]) printHotSeat(hot.rounds);
}

function printHotSeat(rounds: readonly RaceResult[]): void {
  console.log(`\nHot seat: ${rounds[0]?.latencyMs.count ?? 0} buyers on one seat at the same version:`);
  console.log(`${'seat'.padEnd(8)} ${pad('OK', 4)} ${pad('CONFLICT', 9)} ${pad('other', 6)} ${pad('5xx', 4)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('max ms', 8)}  result`);
  for (const r of rounds) {
    const other = Object.entries(r.outcomes).filter(([k]) => k !== 'OK' && k !== 'CONFLICT').reduce((n, [, v]) => n + v, 0);
    const result = r.passed ? 'pass' : `FAIL ${JSON.stringify(r.outcomes)}${r.databaseConsistent ? '' : ' database inconsistent'}`;
    console.log(`${String(r.seatId).padEnd(8)} ${pad(r.outcomes['OK'] ?? 0, 4)} ${pad(r.outcomes['CONFLICT'] ?? 0, 9)} ${pad(other, 6)} ${pad(r.http5xx, 4)} ${ms(r.latencyMs.p50)} ${ms(r.latencyMs.p99)} ${ms(r.latencyMs.max)}  ${result}`);
  }
}

export function writeReport(report: BenchReport): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${RESULTS_FILE}`);
}
