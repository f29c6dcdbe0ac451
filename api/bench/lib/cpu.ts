import { cpus } from 'node:os';
import type pg from 'pg';
import { procCpuMs, type ManagedProcess } from '../../test/kit/index.ts';

/** A process (or thread) whose CPU a phase accounts for: its user + system time so far, in ms. */
export interface CpuSource {
  name: string;
  read(): number;
  /** A thread of a process that is itself a source: not added again into the machine's accounts. */
  thread?: boolean;
}

/** This process: the load generator (or the raw pg loop, which is its own client). */
export const thisProcess = (name: string): CpuSource => ({ name, read: () => (process.cpuUsage().user + process.cpuUsage().system) / 1000 });

/** A child process, all threads. */
export const childProcess = (name: string, child: ManagedProcess): CpuSource => ({ name, read: () => child.cpuMs() });

/** A child process's main thread: the event loop that runs JavaScript. */
export const childMainThread = (name: string, child: ManagedProcess): CpuSource => ({ name, read: () => child.mainThreadCpuMs(), thread: true });

interface Snapshot {
  at: number;
  sources: number[];
  postgres: Map<number, number>;
  machineBusyMs: number;
  machineTotalMs: number;
}

/** CPU of one phase, in ms of CPU time, and its wall time. */
export interface CpuUse {
  wallMs: number;
  /** By source name. */
  ms: Record<string, number>;
  /**
   * The bench database's backends. The WAL writer, checkpointer and background writer are left
   * out: every database on the machine shares them, and other people's test runs would weigh
   * on the path measured while they ran (committing backends flush their own WAL anyway).
   */
  postgresMs: number;
  /** Every process of the machine. */
  machineMs: number;
  /** What neither the sources nor the bench's PostgreSQL used: other people's work. */
  othersMs: number;
}

function machineTimes() {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const b = times.user + times.nice + times.sys + times.irq;
    busy += b;
    total += b + times.idle;
  }
  return { busy, total };
}

/**
 * Measures the CPU each named process and the bench database's PostgreSQL backends use during a
 * phase, from /proc, so that CPU per request can be told apart by process even when the load
 * generator, the API and PostgreSQL share two cores.
 */
export class CpuMeter {
  readonly #db: pg.Pool;
  readonly #database: string;
  readonly #sources: readonly CpuSource[];

  constructor(db: pg.Pool, database: string, sources: readonly CpuSource[]) {
    this.#db = db;
    this.#database = database;
    this.#sources = sources;
  }

  async snapshot(): Promise<Snapshot> {
    const { rows } = await this.#db.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = $1`,
      [this.#database],
    );
    const postgres = new Map<number, number>();
    for (const { pid } of rows) {
      const ms = procCpuMs(`/proc/${pid}/stat`);
      if (ms !== null) postgres.set(pid, ms);
    }
    const machine = machineTimes();
    return { at: performance.now(), sources: this.#sources.map((s) => s.read()), postgres, machineBusyMs: machine.busy, machineTotalMs: machine.total };
  }

  /** A backend that connected during the phase counts from zero; one that left is not counted. */
  between(from: Snapshot, to: Snapshot): CpuUse {
    const wallMs = to.at - from.at;
    let postgresMs = 0;
    for (const [pid, ms] of to.postgres) postgresMs += ms - (from.postgres.get(pid) ?? 0);
    const ms: Record<string, number> = {};
    this.#sources.forEach((s, i) => (ms[s.name] = (ms[s.name] ?? 0) + to.sources[i]! - from.sources[i]!));
    // os.cpus() times are per core; the busy share of all of them times the wall time is the machine's CPU time.
    const totalDelta = to.machineTotalMs - from.machineTotalMs;
    const machineMs = totalDelta > 0 ? ((to.machineBusyMs - from.machineBusyMs) / totalDelta) * wallMs * cpus().length : 0;
    const whole = this.#sources.reduce((sum, s, i) => (s.thread ? sum : sum + to.sources[i]! - from.sources[i]!), 0);
    return { wallMs, ms, postgresMs, machineMs, othersMs: Math.max(0, machineMs - whole - postgresMs) };
  }
}

/** Several phases as one. */
export function addCpu(uses: readonly CpuUse[]): CpuUse {
  const sum: CpuUse = { wallMs: 0, ms: {}, postgresMs: 0, machineMs: 0, othersMs: 0 };
  for (const u of uses) {
    sum.wallMs += u.wallMs;
    sum.postgresMs += u.postgresMs;
    sum.machineMs += u.machineMs;
    sum.othersMs += u.othersMs;
    for (const [k, v] of Object.entries(u.ms)) sum.ms[k] = (sum.ms[k] ?? 0) + v;
  }
  return sum;
}

/** Percent of one core (200 % is the whole of a 2-core machine). */
export const pctOfCore = (ms: number, wallMs: number): number => (wallMs > 0 ? Math.round((ms / wallMs) * 1000) / 10 : 0);
