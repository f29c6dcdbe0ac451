import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.ts';

/** The API's real entry point. */
export const API_MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on every mainstream architecture. */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process (or of one thread, `/proc/<pid>/task/<tid>/stat`) in ms, or null once it is gone. */
export function procCpuMs(statPath: string): number | null {
  try {
    const stat = readFileSync(statPath, 'utf8');
    // After "pid (comm) " (comm may hold spaces), utime and stime are fields 14 and 15, at 11 and 12 here.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export interface NodeProcessOptions {
  script: string;
  args?: string[];
  /** Node flags before the script (--cpu-prof, --expose-gc, ...). */
  nodeArgs?: string[];
  /** The whole environment of the child: nothing of this process leaks in unless passed. */
  env: Record<string, string | undefined>;
  cwd?: string;
  /** `quiet` keeps the last lines of stderr for error messages; `inherit` shows the child's output. */
  output?: 'quiet' | 'inherit';
  /** The Node binary (default: this process's, Node 24 when run through node_modules/.bin/node or npm). */
  node?: string;
}

/** Spawns a Node script as a child process. */
export function spawnNode(options: NodeProcessOptions): ChildProcess {
  return spawn(options.node ?? process.execPath, [...(options.nodeArgs ?? []), options.script, ...(options.args ?? [])], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: options.env,
    stdio: options.output === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'ignore', 'pipe'],
  });
}

/**
 * A child process (an API, a raw ws server, nginx, ...), waited for over HTTP and measured from
 * outside (/proc), never through a request to it.
 */
export class ManagedProcess {
  readonly child: ChildProcess;
  readonly #errors: string[] = [];
  readonly #exited: Promise<void>;

  constructor(child: ChildProcess) {
    this.child = child;
    this.#exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    // Keep only the last few lines: a crashing child must not flood a report.
    this.child.stderr?.on('data', (d: Buffer) => {
      this.#errors.push(d.toString().slice(0, 300));
      if (this.#errors.length > 5) this.#errors.shift();
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get lastErrors(): string[] {
    return this.#errors;
  }

  /** User + system CPU of the whole process so far (all its threads), in ms. */
  cpuMs(): number {
    return procCpuMs(`/proc/${this.pid}/stat`) ?? Number.NaN;
  }

  /** User + system CPU of its main thread (the event loop) so far, in ms. */
  mainThreadCpuMs(): number {
    return procCpuMs(`/proc/${this.pid}/task/${this.pid}/stat`) ?? Number.NaN;
  }

  /** Resident set size from the kernel: no request to the process, so nothing it allocates. */
  rssBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) * 1024;
  }

  /** Polls `url` until it answers 2xx; fails early when the child exits. */
  async waitReady(url: string, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && this.running) {
      if (await fetch(url).then((r) => r.ok, () => false)) return;
      await sleep(150);
    }
    throw new Error(`${url} was not ready${this.running ? ` within ${ms} ms` : ` (the process exited with ${this.child.exitCode ?? this.child.signalCode})`}: ${this.#errors.join(' | ').slice(0, 500)}`);
  }

  /** SIGKILL by default (no drain); SIGTERM lets the API drain and a --cpu-prof profile be written. */
  async stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.running) this.child.kill(signal);
    await this.#exited;
  }
}

export interface ApiProcessOptions {
  /** The API's environment (DATABASE_URL, PUBLISHER, TOKEN_SECRET, ...); PORT and HOST are set here unless given. */
  env: Record<string, string | undefined>;
  port?: number;
  nodeArgs?: string[];
  cwd?: string;
  output?: 'quiet' | 'inherit';
  node?: string;
  /** Another copy of api/src/main.ts (a prototype measured by the same benches). */
  main?: string;
  readyTimeoutMs?: number;
}

/** `node api/src/main.ts` as a child on its own port, started and ready (/readyz). */
export class ApiProcess extends ManagedProcess {
  readonly port: number;

  constructor(port: number, options: ApiProcessOptions) {
    super(spawnNode({
      script: options.main ?? API_MAIN,
      env: { HOST: '127.0.0.1', ...options.env, PORT: String(port) },
      ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.output ? { output: options.output } : {}),
      ...(options.node ? { node: options.node } : {}),
    }));
    this.port = port;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The GraphQL endpoint (HTTP; the same path serves graphql-ws). */
  get url(): string {
    return `${this.baseUrl}/graphql`;
  }
}

export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const api = new ApiProcess(options.port ?? (await freePort()), options);
  try {
    await api.waitReady(`${api.baseUrl}/readyz`, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await api.stop();
    throw error;
  }
  return api;
}

/** Stops every process even when one stop fails; for finally blocks. */
export async function stopAll(processes: readonly (ManagedProcess | null | undefined)[], signal?: NodeJS.Signals): Promise<void> {
  await Promise.allSettled(processes.map((p) => p?.stop(signal)));
}
