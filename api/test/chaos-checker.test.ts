import { describe, expect, it } from 'vitest';
import type { Change } from '../chaos/change-log.ts';
import { check } from '../chaos/checker.ts';
import type { RunEvidence } from '../chaos/evidence.ts';
import type { Operation } from '../chaos/history.ts';
import { evidenceFromJson, evidenceToJson } from '../chaos/rejudge.ts';

/**
 * The fault run's checker must be able to fail: fed the evidence of a small consistent run it
 * passes every check; with one violation planted, the check for that rule fails and names it.
 */
const T = 1_000_000;
const APP = 'chaos-api-1';
let tx = 0;

function change(at: number, table: Change['table'], row: number, stmt: string, fields: Partial<Change> = {}): Change {
  return {
    id: 0, at, tx: String(fields.tx ?? ++tx), app: APP, stmt, table, row, version: null, status: null, oldStatus: null,
    owner: null, oldOwner: null, ref: null, qty: null, oldQty: null, oldExpiresAt: null, key: null, ...fields,
  };
}

const op = (kind: Operation['op'], input: Operation['input'], start: number, end: number, answer: Partial<Operation> = {}): Operation => ({
  buyer: 1, op: kind, input, outcome: 'ok', start, end, ...answer,
});

/** Buyer 1 reserves seats 101 and 102, releases 102, holds 2 GA tickets, reads and extends its hold, buys, cancels; one stale reserve fails, one unknown reserve took effect and expired. */
function cleanRun(): RunEvidence {
  const changes: Change[] = [
    change(T + 15, 'hold', 50, 'hold_seats', { tx: 'a', status: 'ACTIVE', owner: 1, qty: 1 }),
    change(T + 15, 'seat', 101, 'hold_seats', { tx: 'a', version: 2, status: 'HELD', oldStatus: 'AVAILABLE', owner: 1, ref: 50 }),
    change(T + 35, 'seat', 102, 'hold_seats', { version: 2, status: 'HELD', oldStatus: 'AVAILABLE', owner: 1, ref: 50 }),
    change(T + 55, 'seat', 102, 'release_seat', { version: 3, status: 'AVAILABLE', oldStatus: 'HELD', oldOwner: 1, ref: 50 }),
    change(T + 75, 'hold', 50, 'hold_tickets', { tx: 'b', status: 'ACTIVE', oldStatus: 'ACTIVE', owner: 1, qty: 3, oldQty: 1 }),
    change(T + 75, 'tier', 7, 'hold_tickets', { tx: 'b', version: 2, qty: 2, oldQty: 0 }),
    change(T + 75, 'ticket', 900, 'hold_tickets', { tx: 'b', version: 7, ref: 50, qty: 2 }),
    change(T + 115, 'hold', 50, 'extend_hold', { status: 'ACTIVE', oldStatus: 'ACTIVE', owner: 1, oldExpiresAt: T + 100_000 }),
    change(T + 135, 'hold', 50, 'sell_hold', { tx: 'c', status: 'CHECKED_OUT', oldStatus: 'ACTIVE', owner: 1, oldExpiresAt: T + 100_000 }),
    change(T + 135, 'order', 80, 'sell_hold', { tx: 'c', status: 'CONFIRMED', owner: 1, ref: 50, key: 'k1' }),
    change(T + 135, 'seat', 101, 'sell_hold', { tx: 'c', version: 3, status: 'SOLD', oldStatus: 'HELD', oldOwner: 1, ref: 50 }),
    change(T + 135, 'tier', 7, 'sell_hold', { tx: 'c', version: 3, qty: 0, oldQty: 2 }),
    change(T + 155, 'order', 80, 'cancel_order', { tx: 'd', status: 'CANCELLED', oldStatus: 'CONFIRMED', owner: 1, ref: 50, key: 'k1' }),
    change(T + 155, 'seat', 101, 'cancel_order', { tx: 'd', version: 4, status: 'AVAILABLE', oldStatus: 'SOLD' }),
    change(T + 155, 'tier', 7, 'cancel_order', { tx: 'd', version: 4, qty: 0, oldQty: 0 }),
    change(T + 200, 'hold', 51, 'hold_seats', { tx: 'e', status: 'ACTIVE', owner: 1, qty: 1 }),
    change(T + 200, 'seat', 102, 'hold_seats', { tx: 'e', version: 4, status: 'HELD', oldStatus: 'AVAILABLE', owner: 1, ref: 51 }),
    change(T + 9000, 'hold', 51, 'expire_holds', { tx: 'f', status: 'EXPIRED', oldStatus: 'ACTIVE', owner: 1, oldExpiresAt: T + 8000 }),
    change(T + 9000, 'seat', 102, 'expire_holds', { tx: 'f', version: 5, status: 'AVAILABLE', oldStatus: 'HELD', oldOwner: 1, ref: 51 }),
  ].map((c, i) => ({ ...c, id: i + 1 }));
  const operations: Operation[] = [
    op('reserve', { seat: '101', version: 1 }, T + 10, T + 20, { resultVersion: 2 }),
    op('reserve', { seat: '102', version: 1 }, T + 30, T + 40, { resultVersion: 2 }),
    op('release', { seat: '102' }, T + 50, T + 60, { resultVersion: 3 }),
    op('holdTickets', { tier: '7', quantity: 2 }, T + 70, T + 80, { resultId: '50' }),
    op('read', { event: '9' }, T + 90, T + 100, { resultId: '50' }),
    op('read', { event: '9' }, T + 101, T + 102, { resultId: '50' }),
    op('read', { event: '9' }, T + 103, T + 104, { resultId: '50' }),
    op('extend', { hold: '50' }, T + 110, T + 120, { resultId: '50' }),
    op('checkout', { hold: '50', key: 'k1' }, T + 130, T + 140, { resultId: '80' }),
    op('cancel', { order: '80' }, T + 150, T + 160, { resultId: '80' }),
    // A scan at the door (judged by partners.ts's own check, not by the change log).
    op('checkIn', { secret: 'ticket-secret' }, T + 145, T + 148, { resultId: 'CHECKED_IN' }),
    op('reserve', { seat: '101', version: 1 }, T + 170, T + 180, { outcome: 'fail', code: 'CONFLICT' }),
    op('reserve', { seat: '102', version: 3 }, T + 190, T + 4190, { outcome: 'unknown' }),
  ];
  const seats = new Map([['101', { version: 4, status: 'AVAILABLE' }], ['102', { version: 5, status: 'AVAILABLE' }]]);
  return {
    startedAt: T,
    stoppedAt: T + 1000,
    settledAt: T + 40_000,
    operations,
    changes,
    initialVersions: { seats: new Map([[101, 1], [102, 1]]), tiers: new Map([[7, 1]]) },
    seats,
    tierVersions: new Map([[7, 4]]),
    orders: new Map([['80', { buyer: 1, status: 'CANCELLED', key: 'k1', hold: 50 }]]),
    activeHolds: 0,
    quiet: true,
    invariantRules: 13,
    violations: [],
    faults: [
      { kind: 'kill-api', api: 0, start: T + 20_000, end: T + 21_000 },
      { kind: 'crash-postgres', start: T + 22_000, end: T + 23_000 },
      { kind: 'cut-sockets', start: T + 25_000, end: T + 25_500 },
      { kind: 'restart-redis', start: T + 27_000, end: T + 27_500 },
    ],
    subscribers: [
      {
        name: 'subscriber 0',
        api: 1,
        streams: [
          { n: 1, openedAt: T - 5000, closedAt: T + 25_000, closeCode: 1006, delivered: new Map([['101', [2, 3, 4]], ['102', [2, 3, 4, 5]]]), resync: null },
          { n: 2, openedAt: T + 26_000, closedAt: null, closeCode: null, delivered: new Map(), resync: { startedAt: T + 26_500, doneAt: T + 26_600 } },
        ],
        viewBeforeFinalResync: new Map(seats),
        viewAfterFinalResync: new Map(seats),
        finalResyncError: null,
        received: 7,
        streamViolations: [],
        viewViolations: [],
      },
    ],
  };
}

const failedChecks = (evidence: RunEvidence) => check(evidence).checks.filter((c) => !c.ok);

/** Plants one violation and expects exactly the check for its rule to fail, naming what broke it. */
function expectCaught(plant: (e: RunEvidence) => void, name: RegExp, detail: RegExp) {
  const evidence = cleanRun();
  plant(evidence);
  const failed = failedChecks(evidence);
  expect(failed.map((c) => c.name)).toEqual([expect.stringMatching(name)]);
  expect(failed[0]!.detail).toMatch(detail);
}

const sub = (e: RunEvidence) => e.subscribers[0]!;
const opAt = (e: RunEvidence, start: number) => e.operations.find((o) => o.start === T + start)!;

describe('the fault run’s checker', () => {
  it('passes the evidence of a consistent run, resolving its unknown reservation as one that took effect', () => {
    const { checks, info } = check(cleanRun());
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.length).toBeGreaterThanOrEqual(25);
    expect(info.join('\n')).toContain('reserve 1 took effect, 0 did not');
  });

  it('catches a broken invariant of the data', () => {
    expectCaught((e) => e.violations.push({ rule: 'a tier is oversold', ids: [7] }), /^database invariants/, /a tier is oversold: 7/);
  });

  it('catches a change that did not bump its version by one', () => {
    expectCaught((e) => e.changes.splice(12, 0, change(T + 136, 'tier', 7, 'sell_hold', { version: 3 })), /bumped its version by one/, /tier 7: v3 .* after v3/);
  });

  it('catches a change no inventory transition made', () => {
    expectCaught((e) => (e.changes[14]!.stmt = 'unknown:0123456789abcdef'), /made by an inventory transition/, /tier 7 by chaos-api-1, statement unknown:/);
  });

  it('catches a wedged sweeper: holds still active after the wait', () => {
    expectCaught((e) => Object.assign(e, { quiet: false, activeHolds: 3 }), /every hold ended/, /3 holds still ACTIVE after the wait, which timed out/);
  });

  it('catches an acknowledged reservation that never happened (lose-ack)', () => {
    expectCaught((e) => e.operations.push(op('reserve', { seat: '101', version: 9 }, T + 300, T + 310, { resultVersion: 10 })), /every acknowledged operation took effect/, /reserve by buyer 1 \(seat 101, version 9\) ok v10.*no such change/);
  });

  it('catches an answer that differs from what the database did', () => {
    expectCaught((e) => (opAt(e, 10).resultVersion = 3), /answer says what the database did/, /answered v3, the database made v2/);
  });

  it('catches a failed operation that took effect', () => {
    expectCaught((e) => Object.assign(opAt(e, 190), { outcome: 'fail', code: 'CONFLICT', end: T + 210 }), /no failed operation took effect/, /reserve by buyer 1 \(seat 102, version 3\) failed CONFLICT.*yet hold_seats of seat 102 to v4/);
  });

  it('catches a buyer transition no operation explains (a phantom write)', () => {
    expectCaught((e) => e.changes.push(change(T + 500, 'hold', 52, 'release_hold', { status: 'RELEASED', oldStatus: 'ACTIVE', owner: 1 })), /no phantom writes/, /release_hold of hold 52/);
  });

  it('catches an unknown outcome no rule resolves', () => {
    expectCaught((e) => e.operations.push(op('teleport' as Operation['op'], { seat: '101' }, T + 600, T + 700, { outcome: 'unknown' })), /every unknown outcome resolved/, /teleport by buyer 1.*no rule resolves it/);
  });

  it('catches a failure with a code its operation never answers', () => {
    expectCaught((e) => (opAt(e, 170).code = 'RATE_LIMITED'), /carries a code its operation may answer/, /failed RATE_LIMITED/);
  });

  it('catches an acknowledged order that is not the buyer’s', () => {
    expectCaught((e) => (e.orders.get('80')!.buyer = 2), /every acknowledged order exists/, /order is buyer 2's/);
  });

  it('catches an idempotency key whose order is of another hold (what a unique constraint cannot promise)', () => {
    expectCaught((e) => (e.orders.get('80')!.hold = 51), /idempotency key is one order/, /the order has key k1 and hold 51/);
  });

  it('catches an acknowledged cancel that left its order confirmed', () => {
    expectCaught((e) => (e.orders.get('80')!.status = 'CONFIRMED'), /every acknowledged cancel/, /cancel by buyer 1 \(order 80\)/);
  });

  it('catches a read that answered another buyer’s hold', () => {
    expectCaught((e) => e.operations.push({ ...op('read', { event: '9' }, T + 105, T + 106, { resultId: '50' }), buyer: 2 }), /buyer’s own, and active/, /buyer 1's hold/);
  });

  it('catches a hold expired before its expiry', () => {
    expectCaught((e) => (e.changes[17]!.oldExpiresAt = T + 10_000), /expired before its expiry/, /hold 51 expired at .*, due at/);
  });

  it('catches a lost update: a change made while the stream was up that never arrived (drop-publish)', () => {
    expectCaught((e) => sub(e).streams[0]!.delivered.set('101', [2, 3]), /no lost update/, /subscriber 0 stream 1 .*seat 101 v4 AVAILABLE \(cancel_order by chaos-api-1 .*made by cancel by buyer 1/);
    // An older version a newer one overtook within a second is no loss: the subscriber's process drops it.
    const overtaken = cleanRun();
    sub(overtaken).streams[0]!.delivered.set('102', [2, 4, 5]);
    expect(failedChecks(overtaken)).toEqual([]);
  });

  it('excuses a change lost to a kill of the process that made it just after, and only then', () => {
    const excused = cleanRun();
    sub(excused).streams[0]!.delivered.set('101', [2, 3]);
    excused.faults[0] = { kind: 'kill-api', api: 1, start: T + 156, end: T + 1000 };
    expect(failedChecks(excused)).toEqual([]);
    const tooLate = cleanRun();
    sub(tooLate).streams[0]!.delivered.set('101', [2, 3]);
    tooLate.faults[0] = { kind: 'kill-api', api: 1, start: T + 3000, end: T + 4000 };
    expect(failedChecks(tooLate).map((c) => c.name)).toEqual([expect.stringMatching(/no lost update/)]);
  });

  it('owes nothing after a Redis outage to a stream the server closed with 4205 (told to resynchronise)', () => {
    const evidence = cleanRun();
    evidence.faults[3] = { kind: 'restart-redis', start: T + 5000, end: T + 5500 };
    Object.assign(sub(evidence).streams[0]!, { closeCode: 4205, closedAt: T + 25_000 });
    sub(evidence).streams[0]!.delivered.set('102', [2, 3, 4]);
    expect(failedChecks(evidence)).toEqual([]);
    sub(evidence).streams[0]!.closeCode = 1006;
    expect(failedChecks(evidence).map((c) => c.name)).toEqual([expect.stringMatching(/no lost update/)]);
  });

  it('catches a view that differs from the database before the final resync', () => {
    expectCaught((e) => (sub(e).viewBeforeFinalResync = new Map([['101', { version: 4, status: 'AVAILABLE' }], ['102', { version: 4, status: 'HELD' }]])), /before the final resync/, /seat 102: shows v4 HELD, database v5 AVAILABLE \(last change: expire_holds/);
  });

  it('catches a subscriber not connected once the faults stopped', () => {
    expectCaught((e) => (sub(e).streams[1]!.closedAt = T + 30_000), /before the final resync/, /subscriber 0: not connected once the faults stopped \(its last stream closed at/);
  });

  it('catches a reconnect with no resync after it', () => {
    expectCaught(
      (e) => {
        sub(e).streams[1]!.closedAt = T + 29_000;
        sub(e).streams.push({ n: 3, openedAt: T + 30_000, closedAt: null, closeCode: null, delivered: new Map(), resync: null });
      },
      /followed by a resync/,
      /subscriber 0 stream 3 .*no resync \(still its current stream\)/,
    );
  });

  it('catches a final resync that failed, and a view that is wrong after it', () => {
    expectCaught((e) => Object.assign(sub(e), { viewAfterFinalResync: null, finalResyncError: 'timeout' }), /after its final resync/, /final resync failed: timeout/);
    expectCaught((e) => (sub(e).viewAfterFinalResync = new Map([['101', { version: 4, status: 'AVAILABLE' }]])), /after its final resync/, /seat 102: saw nothing/);
  });

  it('catches a stream that went backwards, and a view that went backwards', () => {
    expectCaught((e) => sub(e).streamViolations.push('connection 1 seat 101: v2 after v3'), /version go backwards/, /v2 after v3/);
    expectCaught((e) => sub(e).viewViolations.push('seat 101: backwards, v4 AVAILABLE -> v3 SOLD (snapshot)'), /applied view of a seat ever went backwards/, /backwards/);
  });

  it('fails a run that did too little: too few acknowledged operations, a kind never acknowledged', () => {
    expectCaught((e) => (e.stoppedAt = T + 10_000), /acknowledged at least 10 times a second/, /11 acknowledged in 10 s, fewer than 100/);
    expectCaught((e) => e.operations.filter((o) => o.op === 'read').forEach((o) => (o.outcome = 'unknown')), /for every kind of operation/, /no read acknowledged/);
    // A sold-out hall: reservations refused by the thousand, one in over a hundred acknowledged.
    const refusal = (i: number) => op('reserve', { seat: '101', version: 1 }, T + 181 + i / 1000, T + 181 + i / 1000, { outcome: 'fail', code: 'CONFLICT' });
    expectCaught((e) => e.operations.push(...Array.from({ length: 400 }, (_, i) => refusal(i))), /in at least 1% of its attempts/, /reserve: 2 acknowledged of 404 sent/);
  });

  it('fails a run whose subscribers received too little, with a missing kind of fault, or with no resync after a fault', () => {
    expectCaught((e) => (sub(e).received = 1), /subscriber received at least/, /subscriber 0 received 1, fewer than 2/);
    expectCaught((e) => e.faults.pop(), /every kind of fault/, /no restart-redis/);
    const noResync = cleanRun();
    sub(noResync).streams[1]!.resync = null;
    expect(failedChecks(noResync).map((c) => c.name)).toContain('every subscriber resynchronised after a fault');
  });

  it('judges a run saved with --evidence exactly as it judged it live', () => {
    const planted = cleanRun();
    sub(planted).streams[0]!.delivered.set('101', [2, 3]);
    for (const evidence of [cleanRun(), planted]) expect(check(evidenceFromJson(evidenceToJson(evidence)))).toEqual(check(evidence));
  });
});
