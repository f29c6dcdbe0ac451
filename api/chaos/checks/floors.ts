import { FAULT_KINDS, type RunEvidence } from '../evidence.ts';
import { OPERATION_KINDS } from '../history.ts';
import { verdict, type Check } from './verdict.ts';

/** Acknowledged operations per second of workload below which a run proves nothing. */
export const MIN_ACKED_PER_SECOND = 10;
/**
 * Share of each kind's attempts that must be acknowledged: a workload whose every reservation
 * meets a sold-out hall sends millions of cheap refusals and tests nothing.
 */
export const MIN_ACKED_SHARE = 0.01;
/** Share of the run's seat changes each subscriber must have received. */
export const MIN_DELIVERED_SHARE = 0.25;

/**
 * A run that did little cannot pass: every check above holds vacuously over nothing. So the
 * workload must have been acknowledged often, for every kind of operation; every subscriber must
 * have received most changes; the nemesis must have struck with every kind of fault; and every
 * subscriber must have resynchronised after one.
 */
export function floorChecks(evidence: RunEvidence): { checks: Check[]; info: string[] } {
  const seconds = Math.max(1, (evidence.stoppedAt - evidence.startedAt) / 1000);
  const acked = evidence.operations.filter((o) => o.outcome === 'ok');
  const floor = Math.ceil(MIN_ACKED_PER_SECOND * seconds);
  const attempts = new Map<string, number>();
  const acks = new Map<string, number>();
  for (const o of evidence.operations) {
    attempts.set(o.op, (attempts.get(o.op) ?? 0) + 1);
    if (o.outcome === 'ok') acks.set(o.op, (acks.get(o.op) ?? 0) + 1);
  }
  const missingKinds = OPERATION_KINDS.filter((kind) => !acks.has(kind));
  const starved = OPERATION_KINDS.filter((kind) => acks.has(kind) && acks.get(kind)! < MIN_ACKED_SHARE * attempts.get(kind)!);
  const seatChanges = evidence.changes.filter((c) => c.table === 'seat').length;
  const deliveryFloor = Math.max(1, Math.ceil(seatChanges * MIN_DELIVERED_SHARE));
  const struck = new Set(evidence.faults.map((f) => f.kind));
  return {
    checks: [
      verdict(
        `the workload was acknowledged at least ${MIN_ACKED_PER_SECOND} times a second, for every kind of operation in at least ${MIN_ACKED_SHARE * 100}% of its attempts`,
        [
          ...(acked.length < floor ? [`${acked.length} acknowledged in ${Math.round(seconds)} s, fewer than ${floor}`] : []),
          ...missingKinds.map((k) => `no ${k} acknowledged`),
          ...starved.map((k) => `${k}: ${acks.get(k)} acknowledged of ${attempts.get(k)} sent`),
        ],
        `${acked.length} acknowledged (floor ${floor})`,
      ),
      verdict(
        `every subscriber received at least ${MIN_DELIVERED_SHARE * 100}% of the run's ${seatChanges} seat changes`,
        evidence.subscribers.filter((s) => s.received < deliveryFloor).map((s) => `${s.name} received ${s.received}, fewer than ${deliveryFloor}`),
        `${evidence.subscribers.length} subscribers (floor ${deliveryFloor})`,
      ),
      verdict('the nemesis struck with every kind of fault', FAULT_KINDS.filter((k) => !struck.has(k)).map((k) => `no ${k}`), `${evidence.faults.length} faults`),
      verdict(
        'every subscriber resynchronised after a fault',
        evidence.faults.length === 0 ? ['no fault struck'] : evidence.subscribers.filter((s) => !s.streams.some((x) => x.resync)).map((s) => `${s.name} never resynchronised`),
        `${evidence.subscribers.length} subscribers`,
      ),
    ],
    info: [],
  };
}
