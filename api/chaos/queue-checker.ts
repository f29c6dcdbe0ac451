import type { Check } from './checker.ts';
import type { QueueLog } from './queue-workload.ts';

/** The queue's rows at the end of the run. */
export interface QueueEvidence {
  admitPerMinute: number;
  tickets: { id: number; position: number | null; status: string; admittedAt: number | null }[];
  log: QueueLog;
  /** When the nemesis killed an API process (ms since the epoch). */
  kills: number[];
  /** When the last admission could have happened (the run's end). */
  end: number;
}

/** The most admissions stamped in any 60 seconds (half-open windows ending at each admission). */
export function busiestMinute(stamps: readonly number[]): number {
  const sorted = [...stamps].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < sorted.length; end++) {
    while (sorted[start]! <= sorted[end]! - 60_000) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Longest pause in admitting while someone still waited, after a kill: the queue must not stall. */
const STALL_MS = 8000;

/**
 * Judges the waiting room after a fault run (pure: fed the final rows and what buyers were told):
 * no admission doubled beyond the rate, none lost, in order, going on through kills, and no
 * reserve let through without one.
 */
export function checkQueue(evidence: QueueEvidence): Check[] {
  const admitted = evidence.tickets.filter((t) => t.admittedAt !== null).sort((a, b) => a.position! - b.position!);
  const stamps = admitted.map((t) => t.admittedAt!);
  const busiest = busiestMinute(stamps);
  const checks: Check[] = [];
  checks.push({
    name: 'queue: never more than admitPerMinute admissions in any 60 s, whatever process was killed',
    ok: busiest <= evidence.admitPerMinute,
    detail: `busiest 60 s ${busiest}, rate ${evidence.admitPerMinute}, ${admitted.length} admitted`,
  });

  const positions = admitted.map((t) => t.position);
  const inOrder = positions.every((p, i) => p === i + 1);
  const waitingBelow = evidence.tickets.filter((t) => t.status === 'WAITING' && t.position !== null && t.position <= admitted.length);
  const waitingAdmitted = evidence.tickets.filter((t) => t.status === 'WAITING' && t.admittedAt !== null);
  checks.push({
    name: 'queue: admitted once each, in position order, none skipped',
    ok: inOrder && waitingBelow.length === 0 && waitingAdmitted.length === 0,
    detail: inOrder ? `${waitingBelow.length} waiting below the last admitted, ${waitingAdmitted.length} waiting yet stamped` : `positions admitted: ${positions.slice(0, 12).join(',')}…`,
  });

  const stored = new Map(evidence.tickets.map((t) => [String(t.id), t]));
  const lost = evidence.log.told.filter((t) => {
    const ticket = stored.get(t.ticketId);
    return !ticket || ticket.admittedAt === null || ticket.status === 'WAITING';
  });
  checks.push({
    name: 'queue: no admission a buyer was told of was lost',
    ok: lost.length === 0,
    detail: lost.length === 0 ? `${evidence.log.told.length} told` : `lost: ${lost.slice(0, 5).map((t) => t.ticketId).join(', ')}`,
  });

  const stalls: string[] = [];
  for (const kill of evidence.kills) {
    const stillWaiting = evidence.tickets.some((t) => t.position !== null && (t.admittedAt === null || t.admittedAt > kill));
    if (!stillWaiting || kill + STALL_MS > evidence.end) continue;
    const next = stamps.find((s) => s > kill);
    if (next === undefined || next - kill > STALL_MS) stalls.push(`kill at ${new Date(kill).toISOString()}: next admission ${next === undefined ? 'never' : `${next - kill} ms later`}`);
  }
  checks.push({
    name: 'queue: admission went on after every kill -9 of an API process',
    ok: stalls.length === 0,
    detail: stalls.length === 0 ? `${evidence.kills.length} kills` : stalls.join('; '),
  });

  // A reserve answered after the ticket's admission may have been let in by it (the buyer's WAITING was just out of date).
  const admittedBy = (r: QueueLog['reservesBefore'][number]) => {
    const at = stored.get(r.ticketId)?.admittedAt;
    return at !== null && at !== undefined && at <= r.at;
  };
  const letThrough = evidence.log.reservesBefore.filter((r) => (r.outcome === 'ok' && !admittedBy(r)) || (r.outcome === 'fail' && r.code !== 'NOT_ADMITTED' && r.code !== 'RATE_LIMITED' && !admittedBy(r)));
  checks.push({
    name: 'queue: a reserve without admission is refused with NOT_ADMITTED',
    ok: letThrough.length === 0 && evidence.log.reservesBefore.length > 0,
    detail: `${evidence.log.reservesBefore.length} tried${letThrough.length ? `; let through or other: ${letThrough.map((r) => r.code ?? r.outcome).join(', ')}` : ''}`,
  });
  return checks;
}
