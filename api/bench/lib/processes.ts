import { fileURLToPath } from 'node:url';
import { ApiProcess, freePort, ManagedProcess, scratchDatabase, spawnNode, startApiProcess, stopAll as stopAllNow, type ScratchDatabase } from '../../test/kit/index.ts';
import { TokenService } from '../../src/auth/tokens.ts';
import { sleep } from './mode.ts';

export type { ApiProcess, ManagedProcess };

/** BENCH_API_MAIN runs a prototype (a copy of api/src elsewhere) under the same benches. */
const MAIN = process.env['BENCH_API_MAIN'];
const RAW_WS = fileURLToPath(new URL('./raw-ws-server.ts', import.meta.url));
/** Node flags that let the memory bench run a full GC in a server (SIGUSR2) before it reads memory. */
export const GC_ON_SIGNAL = ['--expose-gc', '--import', new URL('./gc-on-signal.ts', import.meta.url).href];

export const TOKEN_SECRET = 'bench-run-secret-that-is-long-enough-0123456789';
/** Tokens the API processes accept: signed with their secret, so buyers need no log-in round trip. */
export const benchTokens = new TokenService(TOKEN_SECRET, 12 * 3600);
/** The machine's PostgreSQL (trust auth); each bench makes and drops its own database on it. */
const PG_SERVER = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export type BenchDatabase = ScratchDatabase;

export const createDatabase = (label: string): Promise<BenchDatabase> => scratchDatabase(`bench_${label}`, PG_SERVER);

/** Metric samples from the API's /metrics, by name (first series only: these are unlabelled gauges). */
export async function metrics(server: ApiProcess, names: readonly string[]): Promise<Record<string, number>> {
  const text = await (await fetch(`${server.baseUrl}/metrics`)).text();
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
/** BENCH_CPU_PROF_DIR=dir profiles every API process of a bench (`node --cpu-prof`, one file per process, written as it stops). */
const CPU_PROF_DIR = process.env['BENCH_CPU_PROF_DIR'];

/** Stops the bench's processes: at once, or with SIGTERM when profiling (a profile is written only on a clean exit). */
export const stopAll = (processes: readonly (ManagedProcess | null | undefined)[]): Promise<void> => stopAllNow(processes, CPU_PROF_DIR ? 'SIGTERM' : undefined);

export function startApi(options: ApiOptions): Promise<ApiProcess> {
  const nodeArgs = [...(options.nodeArgs ?? []), ...(CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [])];
  return startApiProcess({
    ...(MAIN ? { main: MAIN } : {}),
    ...(nodeArgs.length > 0 ? { nodeArgs } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
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
  });
}

/** A plain `ws` server in its own process: the baseline for memory and broadcast latency. */
export class RawWsServer extends ManagedProcess {
  readonly port: number;
  constructor(port: number, nodeArgs: string[]) {
    super(spawnNode({ script: RAW_WS, args: [String(port)], nodeArgs, env: { PATH: process.env['PATH'] } }));
    this.port = port;
  }
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

export async function startRawWs(nodeArgs: string[] = []): Promise<RawWsServer> {
  const server = new RawWsServer(await freePort(), nodeArgs);
  try {
    await server.waitReady(`${server.baseUrl}/stats`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** Waits until `check` holds, polling; false when `ms` passed first. */
export async function until(check: () => Promise<boolean>, ms: number, everyMs = 200): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(everyMs);
  }
  return false;
}
