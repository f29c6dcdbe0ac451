import type { ChaosCluster } from './cluster.ts';
import { FAULT_KINDS, type FaultKind, type FaultRecord } from './evidence.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface NemesisOptions {
  apis: number;
  /** Mean pause between two faults. */
  faultEveryMs: number;
  log?: (line: string) => void;
}

/**
 * Faults at random until `until()`: kill -9 an API process, crash PostgreSQL, cut subscribers'
 * sockets, restart Redis; each healed before the next. Every kind strikes once early, in random
 * order, so a short run sees them all. Each fault is recorded with when it struck and healed.
 */
export async function nemesis(cluster: ChaosCluster, options: NemesisOptions, until: () => boolean, faults: FaultRecord[]): Promise<void> {
  const log = options.log ?? (() => {});
  const queue: FaultKind[] = [...FAULT_KINDS].sort(() => Math.random() - 0.5);
  while (!until()) {
    // The first round of faults comes quicker, so a short run still sees every kind.
    await sleep(queue.length > 0 ? options.faultEveryMs / 2 : options.faultEveryMs * (0.5 + Math.random()));
    if (until()) break;
    const kind = queue.shift() ?? FAULT_KINDS[Math.floor(Math.random() * FAULT_KINDS.length)]!;
    const start = Date.now();
    log(`nemesis: ${kind}`);
    if (kind === 'kill-api') {
      const api = Math.floor(Math.random() * options.apis);
      cluster.killApi(api);
      await sleep(500 + Math.random() * 1000);
      await cluster.startApi(api);
      faults.push({ kind, api, start, end: Date.now() });
      continue;
    }
    if (kind === 'crash-postgres') {
      cluster.crashPostgres();
      await sleep(500 + Math.random() * 1000);
      await cluster.startPostgres();
    } else if (kind === 'cut-sockets') {
      const ms = 300 + Math.random() * 1200;
      const cut = await cluster.cutSockets(ms);
      log(`nemesis: cut ${cut} subscriber connection(s), network back after ${Math.round(ms)} ms`);
    } else {
      await cluster.restartRedis();
    }
    faults.push({ kind, start, end: Date.now() });
  }
}
