import type { Change } from '../change-log.ts';
import type { FaultKind, RunEvidence, SubscriberRecord } from '../evidence.ts';
import type { SeatState } from '../subscriber-ledger.ts';
import type { StreamRecord } from '../watchers.ts';
import { lostToFault, PUBLISH_MS, REORDER_MS, SUBSCRIBE_MS } from './fault-windows.ts';
import { judged } from './operations.ts';
import { clock, describeOperation, verdict, type Check } from './verdict.ts';

/** A resync after a reconnect keeps trying this long (watchers.ts), plus its delay. */
const RESYNC_WITHIN_MS = 31_000;

/** Seat changes in time order, and for each its successor on the same seat. */
interface SeatTimeline {
  changes: Change[];
  next: Map<Change, Change>;
  last: Map<string, Change>;
  /** Which fault, if any, may have kept each change from every subscriber (computed once). */
  lost: (change: Change) => FaultKind | null;
}

function seatTimeline(changes: readonly Change[], faults: RunEvidence['faults']): SeatTimeline {
  const seatChanges = changes.filter((c) => c.table === 'seat').sort((a, b) => a.at - b.at);
  const next = new Map<Change, Change>();
  const last = new Map<string, Change>();
  const bySeat = new Map<number, Change[]>();
  for (const c of changes) if (c.table === 'seat') (bySeat.get(c.row) ?? bySeat.set(c.row, []).get(c.row)!).push(c);
  for (const [seat, list] of bySeat) {
    list.sort((a, b) => a.version! - b.version!);
    for (let i = 0; i + 1 < list.length; i++) next.set(list[i]!, list[i + 1]!);
    last.set(String(seat), list.at(-1)!);
  }
  const lost = new Map<Change, FaultKind | null>();
  const lostOf = (change: Change) => {
    if (!lost.has(change)) lost.set(change, lostToFault(change, faults));
    return lost.get(change)!;
  };
  return { changes: seatChanges, next, last, lost: lostOf };
}

const firstAtOrAfter = (changes: readonly Change[], at: number) => {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * The part of a stream during which every change must arrive: from when its subscription was
 * surely registered until the last moment a change could still be delivered before it closed. A
 * stream the server closed with 4205 was told to resynchronise: it owes nothing from the Redis
 * outage that made the server say so.
 */
function window(stream: StreamRecord, evidence: RunEvidence): [number, number] {
  let to = (stream.closedAt ?? evidence.settledAt) - PUBLISH_MS;
  if (stream.closeCode === 4205) {
    const outage = evidence.faults.filter((f) => f.kind === 'restart-redis' && f.start <= stream.closedAt!).at(-1);
    if (outage) to = Math.min(to, outage.start - PUBLISH_MS);
  }
  return [stream.openedAt + SUBSCRIBE_MS, to];
}

/** Lost updates: every change made while a stream was up reached it, unless a fault excuses it. */
function deliveries(evidence: RunEvidence, timeline: SeatTimeline): { check: Check; excused: Map<FaultKind, number>; overtaken: number } {
  const failures: string[] = [];
  const excused = new Map<FaultKind, number>();
  let checked = 0;
  let overtaken = 0;
  const { opOf } = judged(evidence);
  const madeBy = (change: Change) => {
    const op = opOf(change);
    return op ? `; made by ${describeOperation(op)}` : '';
  };
  for (const sub of evidence.subscribers) {
    for (const stream of sub.streams) {
      const [from, to] = window(stream, evidence);
      const delivered = new Map<string, Set<number>>();
      const versionsOf = (seat: string) => {
        let set = delivered.get(seat);
        if (!set) delivered.set(seat, (set = new Set(stream.delivered.get(seat) ?? [])));
        return set;
      };
      for (let i = firstAtOrAfter(timeline.changes, from); i < timeline.changes.length && timeline.changes[i]!.at <= to; i++) {
        const change = timeline.changes[i]!;
        const fault = timeline.lost(change);
        if (fault) {
          excused.set(fault, (excused.get(fault) ?? 0) + 1);
          continue;
        }
        checked++;
        const versions = versionsOf(String(change.row));
        if (versions.has(change.version!)) continue;
        const next = timeline.next.get(change);
        if (next && next.at - change.at <= REORDER_MS && [...versions].some((v) => v > change.version!)) {
          overtaken++;
          continue;
        }
        failures.push(
          `${sub.name} stream ${stream.n} (${clock(stream.openedAt)}-${stream.closedAt ? clock(stream.closedAt) : 'end'}): seat ${change.row} v${change.version} ${change.status} ` +
            `(${change.stmt} by ${change.app} at ${clock(change.at)}${madeBy(change)}) never arrived`,
        );
      }
    }
  }
  return { check: verdict('every subscriber received every seat change made while its stream was up (no lost update)', failures, checked), excused, overtaken };
}

const same = (a: SeatState | undefined, b: SeatState) => a !== undefined && a.version === b.version && a.status === b.status;

/** Before the final resync: a subscriber's view is the database, except a seat whose last change a fault lost after its last resync. */
function viewBeforeResync(evidence: RunEvidence, timeline: SeatTimeline): { check: Check; stale: string[] } {
  const failures: string[] = [];
  const stale: string[] = [];
  let checked = 0;
  for (const sub of evidence.subscribers) {
    const stream = sub.streams.at(-1);
    if (!stream || stream.closedAt !== null) {
      failures.push(`${sub.name}: not connected once the faults stopped${stream ? ` (its last stream closed at ${clock(stream.closedAt!)})` : ''}`);
      continue;
    }
    // Told to resynchronise and never managed to: the resync checks below fail it.
    if (stream.n > 1 && !stream.resync) continue;
    const resyncedFrom = stream.resync?.startedAt ?? -Infinity;
    for (const [seat, truth] of evidence.seats) {
      checked++;
      const seen = sub.viewBeforeFinalResync.get(seat);
      if (same(seen, truth)) continue;
      const last = timeline.last.get(seat);
      const fault = last ? timeline.lost(last) : null;
      const describe = `${sub.name} seat ${seat}: shows ${seen ? `v${seen.version} ${seen.status}` : 'nothing'}, database v${truth.version} ${truth.status}`;
      if (last && fault && last.at > resyncedFrom) stale.push(`${describe} (last change lost to ${fault} at ${clock(last.at)})`);
      else failures.push(`${describe}${last ? ` (last change: ${last.stmt} by ${last.app} at ${clock(last.at)})` : ''}`);
    }
  }
  return {
    check: verdict('once the faults stopped and deliveries settled, every subscriber’s view equals the database, before the final resync', failures, checked),
    stale,
  };
}

function resyncs(subscribers: readonly SubscriberRecord[]): Check {
  const failures = subscribers.flatMap((sub) =>
    sub.streams
      .filter((s) => s.n > 1 && !s.resync && (s.closedAt === null || s.closedAt - s.openedAt > RESYNC_WITHIN_MS))
      .map((s) => `${sub.name} stream ${s.n} opened ${clock(s.openedAt)}: no resync${s.closedAt === null ? ' (still its current stream)' : ''}`),
  );
  return verdict('every reconnect and resubscription was followed by a resync from the server', failures, subscribers.reduce((n, s) => n + s.streams.length - 1, 0));
}

function viewAfterResync(evidence: RunEvidence): Check {
  const failures: string[] = [];
  for (const sub of evidence.subscribers) {
    if (!sub.viewAfterFinalResync) {
      failures.push(`${sub.name}: final resync failed: ${sub.finalResyncError}`);
      continue;
    }
    for (const [seat, truth] of evidence.seats) {
      const seen = sub.viewAfterFinalResync.get(seat);
      if (!same(seen, truth)) failures.push(`${sub.name} seat ${seat}: saw ${seen ? `v${seen.version} ${seen.status}` : 'nothing'}, database v${truth.version} ${truth.status}`);
    }
  }
  return verdict('every subscriber’s view, after its final resync, equals the database', failures, evidence.subscribers.length * evidence.seats.size);
}

export function subscriberChecks(all: RunEvidence): { checks: Check[]; info: string[] } {
  // What the subscribers watch: the watched event's seats and their changes, nothing of another event.
  const watched = all.watchedSeatIds ? new Set(all.watchedSeatIds) : null;
  const evidence: RunEvidence = watched
    ? { ...all, seats: new Map([...all.seats].filter(([id]) => watched.has(id))), changes: all.changes.filter((c) => c.table !== 'seat' || watched.has(String(c.row))) }
    : all;
  const timeline = seatTimeline(evidence.changes, evidence.faults);
  const delivered = deliveries(evidence, timeline);
  const before = viewBeforeResync(evidence, timeline);
  const subs = evidence.subscribers;
  const checks = [
    delivered.check,
    before.check,
    resyncs(subs),
    viewAfterResync(evidence),
    verdict(
      'no subscriber ever saw a seat’s version go backwards (within one stream every update of a seat is newer than the last one it delivered)',
      subs.flatMap((s) => s.streamViolations.map((v) => `${s.name} ${v}`)),
      subs.reduce((n, s) => n + s.received, 0),
    ),
    verdict('no subscriber’s applied view of a seat ever went backwards (nor showed one version with two statuses)', subs.flatMap((s) => s.viewViolations.map((v) => `${s.name} ${v}`)), subs.length),
  ];
  const streams = subs.reduce((n, s) => n + s.streams.length, 0);
  const info = [
    `subscribers: ${subs.reduce((n, s) => n + s.received, 0)} updates over ${streams} streams (${streams - subs.length} reconnects or resubscriptions, ` +
      `${subs.reduce((n, s) => n + s.streams.filter((x) => x.resync).length, 0)} resyncs after them, ${subs.reduce((n, s) => n + s.streams.filter((x) => x.closeCode === 4205).length, 0)} closed by the server with 4205)`,
    `lost updates: changes a fault kept from the subscribers, excused: ${[...delivered.excused].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; ` +
      `${delivered.overtaken} older versions overtaken by a newer one within ${REORDER_MS} ms`,
  ];
  if (before.stale.length > 0) info.push(`${before.stale.length} seat views left stale by a change a fault lost (until the seat changes again or the subscriber reconnects): ${before.stale.slice(0, 3).join('; ')}`);
  return { checks, info };
}
