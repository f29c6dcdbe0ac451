import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../test/test-database.ts';
import { sleep } from './bench-mode.ts';

/** BENCH_API_MAIN runs a prototype (a copy of api/src elsewhere) under the same benches. */
const MAIN = process.env['BENCH_API_MAIN'] ?? fileURLToPath(new URL('../src/main.ts', import.meta.url));
const RAW_WS = fileURLToPath(new URL('./raw-ws-server.ts', import.meta.url));
/** Node flags that let the memory bench run a full GC in a server (SIGUSR2) before it reads memory. */
export const GC_ON_SIGNAL = ['--expose-gc', '--import', new URL('./gc-on-signal.ts', import.meta.url).href];

export const TOKEN_SECRET = 'bench-run-secret-that-is-long-enough-0123456789';
/** The machine's PostgreSQL (trust auth); each bench makes and drops its own database on it. */
const PG_SERVER = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createDatabase(label: string): Promise<BenchDatabase> {
  const name = `tessera_bench_${label}_${Date.now()}_${process.pid}`;
  await admin(`create database ${name}`);
  return { url: `${PG_SERVER}/${name}`, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** One server child process: the real entry point (or the raw ws server), measured from outside. */
export class ChildServer {
  readonly port: number;
  readonly child: ChildProcess;
  private readonly errors: string[] = [];

  constructor(port: number, child: ChildProcess) {
    this.port = port;
    this.child = child;
    // Keep only the last few lines: a crashing child must not flood the bench's table.
    child.stderr?.on('data', (d: Buffer) => {
      this.errors.push(d.toString().slice(0, 300));
      if (this.errors.length > 5) this.errors.shift();
    });
  }

  get graphqlUrl(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get lastErrors(): string[] {
    return this.errors;
  }

  /** Resident set size from the kernel: no request to the process, so nothing it allocates. */
  rssBytes(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return Number(kb) * 1024;
  }

  /** User + system CPU time of the process so far, in ms. */
  cpuMs(): number {
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are at 11 and 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  }

  async waitReady(path: string, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      const ok = await fetch(`http://127.0.0.1:${this.port}${path}`).then((r) => r.ok, () => false);
      if (ok) return;
      await sleep(150);
    }
    throw new Error(`server on ${this.port} did not start: ${this.errors.join(' | ').slice(0, 500)}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    await exited;
  }
}

/** Metric samples from the API's /metrics, by name (first series only: these are unlabelled gauges). */
export async function metrics(server: ChildServer, names: readonly string[]): Promise<Record<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
  const found: Record<string, number> = {};
  for (const name of names) {
    const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    if (line) found[name] = Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return found;
}

export interface ApiOptions {
  databaseUrl: string;
  publisher: 'memory' | 'redis' | 'postgres';
  /** One prefix per run, so concurrent runs on the machine's Redis never hear each other. */
  redisPrefix?: string;
  env?: Record<string, string>;
  /** Extra node flags (diagnostics: --heapsnapshot-signal, --cpu-prof). */
  nodeArgs?: string[];
  cwd?: string;
}

/** `node api/src/main.ts` as a child, with the abuse budgets off (NODE_ENV=test) and logs quiet. */
export async function startApi(options: ApiOptions): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), MAIN], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      PUBLISHER: options.publisher,
      ...(options.publisher === 'redis' ? { REDIS_URL, REDIS_CHANNEL_PREFIX: options.redisPrefix ?? `bench-${process.pid}:` } : {}),
      TOKEN_SECRET,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      DB_POOL_MAX: '10',
      // Thousands of sockets open in batches: the default 3 s connection_init deadline is for abuse, not load.
      WS_INIT_TIMEOUT_MS: '60000',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const server = new ChildServer(port, child);
  try {
    await server.waitReady('/readyz');
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** A plain `ws` server in its own process: the baseline for memory and broadcast latency. */
export async function startRawWs(nodeArgs: string[] = []): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, RAW_WS, String(port)], { env: { PATH: process.env['PATH'] }, stdio: ['ignore', 'ignore', 'pipe'] });
  const server = new ChildServer(port, child);
  try {
    await server.waitReady('/stats');
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** Stops every child even when one stop fails; used in finally blocks. */
export async function stopAll(servers: readonly (ChildServer | null | undefined)[]): Promise<void> {
  await Promise.allSettled(servers.map((s) => s?.stop()));
}
