/**
 * Why an idle subscriber costs what it does, and what one delivered change costs per subscriber:
 * heap snapshots of the API process with no and with N idle subscribers (diffed by constructor,
 * and the new objects grouped by what holds them),
 * then a CPU profile of the process while it delivers changes to them.
 * `node api/bench/diagnose-subscribers.ts [N]`. A diagnostic, not a bench: not in run-all.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { ReserveSeatDocument } from '../../cli/src/operations.ts';
import { createBuyers, createEvent } from './bench-fixtures.ts';
import { sleep } from './bench-mode.ts';
import { createDatabase, startApi, stopAll, type ChildServer } from './bench-processes.ts';
import { table } from './bench-table.ts';
import { heapDelta, loadHeapSnapshot, newObjectsByRetainer, summarizeHeap, type HeapSnapshot } from './heap-summary.ts';
import { fixed } from './quantiles.ts';
import { SubscriberSwarm } from './subscriber-swarm.ts';

const COUNT = Number(process.argv[2] ?? 1000);
const CHANGES = 20;

/** A heap snapshot of the API, parsed (the signal's file is written in one go: wait until it parses). */
async function snapshot(api: ChildServer, dir: string): Promise<HeapSnapshot> {
  const before = new Set(readdirSync(dir));
  api.child.kill('SIGUSR2');
  for (let i = 0; i < 300; i++) {
    await sleep(200);
    const file = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (file) {
      try {
        return loadHeapSnapshot(join(dir, file));
      } catch {
        // still being written
      }
    }
  }
  throw new Error('no heap snapshot written');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time per function of a .cpuprofile, as % of all samples, grouped by package. */
function profileTop(file: string, top = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  // Percent of busy time: idle samples say nothing about what a change costs.
  const busy = profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)');
  const total = busy.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  for (const n of busy) {
    const where = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/api\/src\//, 'api/src/').replace(/^file:\/\//, '');
    const key = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (n.hitCount ?? 0));
  }
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, hits]) => ({ function: fn.slice(0, 110), 'self %': fixed((100 * hits) / total, 1) }));
}

const dir = mkdtempSync(join(tmpdir(), 'tessera-diagnose-'));
const database = await createDatabase('diagnose');
let api: ChildServer | null = null;
const swarm = new SubscriberSwarm();
try {
  api = await startApi({ databaseUrl: database.url, publisher: 'memory', nodeArgs: ['--heapsnapshot-signal=SIGUSR2'], cwd: dir });
  const event = await createEvent(api.graphqlUrl, database.url, 1);
  await swarm.open([api], event.id, 10);
  await swarm.close();
  const empty = await snapshot(api, dir);
  await swarm.open([api], event.id, COUNT);
  await sleep(1000);
  const full = await snapshot(api, dir);
  console.log(`\nHeap per idle subscriber (${COUNT}), by what V8 calls the objects:`);
  console.log(table(heapDelta(summarizeHeap(empty), summarizeHeap(full), COUNT).map((r) => ({ kind: r.kind, 'objects/subscriber': fixed(r.perUnit, 1), 'bytes/subscriber': Math.round(r.bytesPerUnit) }))));
  console.log(`\nObjects new with the subscribers, per subscriber, by what holds them (object <- its holder.field <- the holder's):`);
  console.log(table(newObjectsByRetainer(empty, full, COUNT).map((r) => ({ held: r.held.slice(0, 150), 'objects/subscriber': fixed(r.perUnit, 2), 'bytes/subscriber': Math.round(r.bytesPerUnit) }))));

  await swarm.close();
  await api.stop();
  // A second process for the CPU profile: the snapshots would dominate the first one's.
  api = await startApi({ databaseUrl: database.url, publisher: 'memory', nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`], cwd: dir });
  await swarm.open([api], event.id, COUNT);
  await sleep(1000);
  const [buyer] = await createBuyers(database.url, 1);
  const client = new TesseraClient({ url: api.graphqlUrl, token: buyer!.token });
  for (const seat of event.seats.slice(0, CHANGES)) {
    await client.request(ReserveSeatDocument, { id: seat.id, version: seat.version });
    await sleep(300);
  }
  await swarm.close();
  // A clean exit writes the CPU profile (SIGTERM: main.ts drains and exits).
  const exited = new Promise<void>((resolve) => api!.child.once('exit', () => resolve()));
  api.child.kill('SIGTERM');
  await exited;
  const profile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (profile) {
    console.log(`\nCPU self time (% of busy time) of an API process that started, took ${COUNT} subscribers and delivered ${CHANGES} changes to them:`);
    console.log(table(profileTop(join(dir, profile))));
  }
} finally {
  await swarm.close();
  await stopAll([api]);
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
