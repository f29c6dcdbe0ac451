import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type pg from 'pg';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on every mainstream architecture. */
const TICKS_PER_SECOND = 100;

interface Snapshot {
  at: number;
  mainThread: NodeJS.CpuUsage;
  process: NodeJS.CpuUsage;
  machine: { busyMs: number; totalMs: number };
  postgresTicks: Map<number, number>;
}

/** CPU used during a phase: percent of ONE core (so 200 % is all of a 2-core machine). */
export interface CpuFigures {
  /** The Node thread that runs the server (and, in-process, the load generator). */
  nodeMainThreadPct: number;
  /** All of Node: main thread plus libuv pool, GC helpers and any worker. */
  nodeProcessPct: number;
  /** PostgreSQL backends connected to the bench database, plus its WAL writer and checkpointer. */
  postgresPct: number | null;
  /** Every process of the machine, percent of all cores together. */
  machineBusyPct: number;
  /** What neither Node nor the bench's PostgreSQL used (other work on the machine), percent of one core. */
  othersPct: number | null;
}

function machineTimes() {
  let busyMs = 0;
  let totalMs = 0;
  for (const { times } of cpus()) {
    const busy = times.user + times.nice + times.sys + times.irq;
    busyMs += busy;
    totalMs += busy + times.idle;
  }
  return { busyMs, totalMs };
}

/** utime + stime of a process, or null when it is not on this machine (a remote PostgreSQL). */
function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3; utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

async function postgresTicks(db: pg.Pool, database: string): Promise<Map<number, number>> {
  const { rows } = await db.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = $1 or backend_type in ('walwriter', 'checkpointer', 'background writer')`,
    [database],
  );
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    const t = processTicks(pid);
    if (t !== null) ticks.set(pid, t);
  }
  return ticks;
}

export async function cpuSnapshot(db: pg.Pool, database: string): Promise<Snapshot> {
  return {
    at: performance.now(),
    mainThread: process.threadCpuUsage(),
    process: process.cpuUsage(),
    machine: machineTimes(),
    postgresTicks: await postgresTicks(db, database),
  };
}

const pct = (cpuMicros: number, wallMs: number) => Math.round((cpuMicros / 1000 / wallMs) * 1000) / 10;
const micros = (u: NodeJS.CpuUsage) => u.user + u.system;

/** A backend that connected during the phase counts from zero; one that left is not counted. */
export function cpuBetween(from: Snapshot, to: Snapshot): CpuFigures {
  const wallMs = to.at - from.at;
  let ticks = 0;
  for (const [pid, t] of to.postgresTicks) ticks += t - (from.postgresTicks.get(pid) ?? 0);
  const machineTotal = to.machine.totalMs - from.machine.totalMs;
  const machineBusyPct = machineTotal > 0 ? Math.round(((to.machine.busyMs - from.machine.busyMs) / machineTotal) * 1000) / 10 : 0;
  const nodeProcessPct = pct(micros(to.process) - micros(from.process), wallMs);
  const postgresPct = to.postgresTicks.size ? pct((ticks / TICKS_PER_SECOND) * 1e6, wallMs) : null;
  return {
    nodeMainThreadPct: pct(micros(to.mainThread) - micros(from.mainThread), wallMs),
    nodeProcessPct,
    postgresPct,
    machineBusyPct,
    othersPct: postgresPct === null ? null : Math.max(0, Math.round(machineBusyPct * cpus().length - nodeProcessPct - postgresPct)),
  };
}

/** Several rounds' figures as one, each weighted by its wall time. */
export function averageCpu(rounds: readonly { figures: CpuFigures; wallMs: number }[]): CpuFigures {
  const wall = rounds.reduce((sum, r) => sum + r.wallMs, 0);
  const mean = (pick: (f: CpuFigures) => number | null): number | null => {
    if (wall === 0 || rounds.some((r) => pick(r.figures) === null)) return null;
    return Math.round((rounds.reduce((sum, r) => sum + pick(r.figures)! * r.wallMs, 0) / wall) * 10) / 10;
  };
  return {
    nodeMainThreadPct: mean((f) => f.nodeMainThreadPct) ?? 0,
    nodeProcessPct: mean((f) => f.nodeProcessPct) ?? 0,
    postgresPct: mean((f) => f.postgresPct),
    machineBusyPct: mean((f) => f.machineBusyPct) ?? 0,
    othersPct: mean((f) => f.othersPct),
  };
}
