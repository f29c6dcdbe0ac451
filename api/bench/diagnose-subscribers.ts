/**
 * Why an idle subscriber costs what it does, and what one delivered change costs per subscriber:
 * heap snapshots of the API process with no and with N idle subscribers (diffed by constructor,
 * and the new objects grouped by what holds them),
 * then a CPU profile of the process while it delivers changes to them.
 * `node api/bench/diagnose-subscribers.ts [N]`. A diagnostic, not a bench: not in run-all.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReserveSeatDocument } from '../../cli/src/operations.ts';
import { ok } from '../test/kit/index.ts';
import { createBuyers, createEvent } from './lib/fixtures.ts';
import { heapDelta, loadHeapSnapshot, newObjectsByRetainer, summarizeHeap, type HeapSnapshot } from './lib/heap-summary.ts';
import { sleep } from './lib/mode.ts';
import { profileTop } from './lib/profile.ts';
import { createDatabase, startApi, stopAll, type ApiProcess } from './lib/processes.ts';
import { table } from './lib/report.ts';
import { round as fixed } from './lib/stats.ts';
import { SubscriberSwarm } from './lib/swarm.ts';

const COUNT = Number(process.argv[2] ?? 1000);
const CHANGES = 20;

/** A heap snapshot of the API, parsed (the signal's file is written in one go: wait until it parses). */
async function snapshot(api: ApiProcess, dir: string): Promise<HeapSnapshot> {
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

const dir = mkdtempSync(join(tmpdir(), 'tessera-diagnose-'));
const database = await createDatabase('diagnose');
let api: ApiProcess | null = null;
const swarm = new SubscriberSwarm();
try {
  api = await startApi({ databaseUrl: database.url, publisher: 'memory', nodeArgs: ['--heapsnapshot-signal=SIGUSR2'], cwd: dir });
  const event = await createEvent(api.url, database.url, { rows: 1 });
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
  for (const seat of event.seats.slice(0, CHANGES)) {
    await ok(api.url, ReserveSeatDocument, { id: String(seat.id), version: seat.version }, buyer!.token);
    await sleep(300);
  }
  await swarm.close();
  // A clean exit writes the CPU profile (SIGTERM: main.ts drains and exits).
  await api.stop('SIGTERM');
  const profile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (profile) {
    console.log(`\nCPU self time (% of busy time) of an API process that started, took ${COUNT} subscribers and delivered ${CHANGES} changes to them:`);
    console.log(table(profileTop(join(dir, profile))));
  }
} finally {
  await swarm.end();
  await stopAll([api]);
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
