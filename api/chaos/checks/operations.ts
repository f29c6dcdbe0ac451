import type { Change } from '../change-log.ts';
import type { RunEvidence } from '../evidence.ts';
import type { Operation } from '../history.ts';
import { effectsOf, RULES, type Effect, type OperationRule } from './effects.ts';
import { clock, describeOperation, verdict, type Check } from './verdict.ts';

/** Clock slack between the harness's timestamps and the database's (one machine, one clock). */
const SLACK_MS = 50;

/** How every operation of the history was judged against the change log. */
export interface Judgement {
  /** Acknowledged operations with the effect that backs them. */
  acknowledged: { op: Operation; effect: Effect }[];
  /** Acknowledged operations with no effect: what they were told did not happen. */
  neverHappened: Operation[];
  /** Failed operations that took effect anyway. */
  failedTookEffect: { op: Operation; effect: Effect }[];
  /** Effects of buyer transitions no operation explains. */
  phantoms: Effect[];
  /** Unknown outcomes, each resolved to the effect it had (or null: none). */
  resolved: { op: Operation; effect: Effect | null }[];
  /** Unknown outcomes no rule could resolve. */
  unresolved: Operation[];
}

interface Judged {
  effects: Effect[];
  judgement: Judgement;
  /** The operation behind each statement (by transaction), where one explains it. */
  opOf: (change: Change) => Operation | undefined;
}
const judgements = new WeakMap<RunEvidence, Judged>();
/** Transitions whose concurrent requests share one transaction (inventory/coalesce.ts). */
const BATCHED = new Set(['hold_seats', 'hold_tickets']);

/** The judgement of a run's operations, made once (the subscriber checks name the operation behind a change too). */
export function judged(evidence: RunEvidence): Judged {
  let result = judgements.get(evidence);
  if (!result) {
    const effects = effectsOf(evidence.changes);
    const judgement = judgeOperations(evidence.operations, effects);
    // A coalesced batch is one transaction of many requests: its changes are tied by the effect itself.
    const byChange = new Map<Change, Operation>();
    const byTx = new Map<string, Operation>();
    const tie = (op: Operation, effect: Effect) => {
      if (!byChange.has(effect.change)) byChange.set(effect.change, op);
      if (!BATCHED.has(effect.change.stmt) && !byTx.has(effect.change.tx)) byTx.set(effect.change.tx, op);
    };
    for (const { op, effect } of judgement.acknowledged) tie(op, effect);
    for (const { op, effect } of judgement.resolved) if (effect) tie(op, effect);
    result = { effects, judgement, opOf: (change) => byChange.get(change) ?? byTx.get(change.tx) };
    judgements.set(evidence, result);
  }
  return result;
}

const within = (e: Effect, from: number, to: number) => e.at >= from - SLACK_MS && e.at <= to + SLACK_MS;

/**
 * Ties every operation to the change it made, key by key (who, what, with which input): an
 * acknowledged one must have one inside its request (an idempotent repeat may point at an earlier
 * one); an unknown one takes an effect after it was sent, if one is left (took effect) or none
 * (did not); every effect left over was made by a failed operation, or by none at all.
 */
export function judgeOperations(operations: readonly Operation[], effects: readonly Effect[]): Judgement {
  const judgement: Judgement = { acknowledged: [], neverHappened: [], failedTookEffect: [], phantoms: [], resolved: [], unresolved: [] };
  const effectsByKey = groupBy(effects, (e) => e.key);
  const opsByKey = new Map<string, Operation[]>();
  for (const op of operations) {
    const rule = (RULES as Partial<Record<string, OperationRule>>)[op.op];
    const key = rule?.key(op);
    if (key === null) continue;
    if (key === undefined || /undefined/.test(key)) {
      if (op.outcome === 'unknown') judgement.unresolved.push(op);
      continue;
    }
    const list = opsByKey.get(key);
    if (list) list.push(op);
    else opsByKey.set(key, [op]);
  }
  for (const [key, ops] of opsByKey) judgeKey(RULES[ops[0]!.op], ops, (effectsByKey.get(key) ?? []).sort((a, b) => a.at - b.at), judgement);
  for (const [key, list] of effectsByKey) if (!opsByKey.has(key)) judgement.phantoms.push(...list);
  return judgement;
}

function judgeKey(rule: OperationRule, ops: Operation[], effects: Effect[], judgement: Judgement): void {
  const explained = new Set<Effect>();
  for (const op of ops.filter((o) => o.outcome === 'ok').sort((a, b) => a.end - b.end)) {
    const effect = rule.idempotent ? effects.find((e) => e.at <= op.end + SLACK_MS) : effects.find((e) => !explained.has(e) && within(e, op.start, op.end));
    if (!effect) {
      judgement.neverHappened.push(op);
      continue;
    }
    judgement.acknowledged.push({ op, effect });
    if (!rule.idempotent || effect.at >= op.start - SLACK_MS) explained.add(effect);
  }
  for (const op of ops.filter((o) => o.outcome === 'unknown').sort((a, b) => a.start - b.start)) {
    const effect = effects.find((e) => !explained.has(e) && e.at >= op.start - SLACK_MS) ?? null;
    if (effect) explained.add(effect);
    judgement.resolved.push({ op, effect });
  }
  const failed = ops.filter((o) => o.outcome === 'fail');
  for (const effect of effects) {
    if (explained.has(effect)) continue;
    const op = failed.find((o) => within(effect, o.start, o.end));
    if (op) judgement.failedTookEffect.push({ op, effect });
    else judgement.phantoms.push(effect);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const describeEffect = (e: Effect) => `${e.change.stmt} of ${e.change.table} ${e.change.row}${e.version ? ` to v${e.version}` : ''} by ${e.change.app} at ${clock(e.at)}`;

/** The checks on operations: each acknowledged, failed and unknown outcome against what the database did. */
export function operationChecks(evidence: RunEvidence): { checks: Check[]; info: string[] } {
  const ops = evidence.operations;
  const { effects, judgement: j } = judged(evidence);
  const acked = ops.filter((o) => o.outcome === 'ok' && o.op !== 'read');
  const failed = ops.filter((o) => o.outcome === 'fail');
  const unknownReads = ops.filter((o) => o.outcome === 'unknown' && o.op === 'read').length;
  const checks = [
    verdict('every acknowledged operation took effect (its change is in the database’s log)', j.neverHappened.map((o) => `${describeOperation(o)}: no such change`), acked.length),
    verdict(
      'every acknowledged answer says what the database did (seat versions, hold and order ids)',
      j.acknowledged.flatMap(({ op, effect }) => {
        const wrong = RULES[op.op].answer(op, effect);
        return wrong ? [`${describeOperation(op)}: ${wrong}`] : [];
      }),
      j.acknowledged.length,
    ),
    verdict('no failed operation took effect', j.failedTookEffect.map(({ op, effect }) => `${describeOperation(op)}, yet ${describeEffect(effect)}`), failed.length),
    verdict('every change a buyer’s transition made answers one of that buyer’s operations (no phantom writes)', j.phantoms.map((e) => `${describeEffect(e)} (key ${e.key})`), effects.length),
    verdict(
      'every unknown outcome resolved against the database’s log (took effect or did not)',
      j.unresolved.map((o) => `${describeOperation(o)}: no rule resolves it`),
      `${j.resolved.length + unknownReads} resolved: ${j.resolved.filter((r) => r.effect).length} took effect, ${j.resolved.filter((r) => !r.effect).length} did not, ${unknownReads} reads (which change nothing)`,
    ),
    verdict(
      'every failure carries a code its operation may answer',
      failed.filter((o) => !RULES[o.op].codes.includes(o.code ?? '')).map((o) => describeOperation(o)),
      failed.length,
    ),
    ...stateChecks(evidence, effects),
  ];
  const byKind = new Map<string, { took: number; not: number }>();
  for (const { op, effect } of j.resolved) {
    const counts = byKind.get(op.op) ?? { took: 0, not: 0 };
    if (effect) counts.took++;
    else counts.not++;
    byKind.set(op.op, counts);
  }
  const info = [`unknown outcomes resolved: ${[...byKind].map(([kind, c]) => `${kind} ${c.took} took effect, ${c.not} did not`).join('; ') || 'none'}`];
  return { checks, info };
}

/** Checks on what the operations left in the database: orders, keys, cancels, holds read and expired. */
function stateChecks(evidence: RunEvidence, effects: readonly Effect[]): Check[] {
  const ops = evidence.operations;
  const cancelledOrders = new Set(effects.filter((e) => e.key.startsWith('cancel|')).map((e) => String(e.id)));
  const checkouts = ops.filter((o) => o.op === 'checkout' && o.outcome === 'ok');
  const orderFailures = checkouts.flatMap((o) => {
    const order = evidence.orders.get(o.resultId ?? '');
    if (!order) return [`${describeOperation(o)}: no such order`];
    if (order.buyer !== o.buyer) return [`${describeOperation(o)}: the order is buyer ${order.buyer}'s`];
    if (order.status !== 'CONFIRMED' && !cancelledOrders.has(o.resultId!)) return [`${describeOperation(o)}: ${order.status} and no cancel made it so`];
    return [];
  });
  const answersByKey = new Map<string, Set<string>>();
  for (const o of checkouts) answersByKey.set(`${o.buyer}|${o.input['key']}`, (answersByKey.get(`${o.buyer}|${o.input['key']}`) ?? new Set()).add(o.resultId ?? ''));
  const keyFailures = checkouts.flatMap((o) => {
    const answers = answersByKey.get(`${o.buyer}|${o.input['key']}`)!;
    if (answers.size > 1) return [`${describeOperation(o)}: one key answered orders ${[...answers].join(', ')}`];
    const order = evidence.orders.get(o.resultId ?? '');
    if (order && (order.key !== o.input['key'] || String(order.hold) !== String(o.input['hold']))) return [`${describeOperation(o)}: the order has key ${order.key} and hold ${order.hold}`];
    return [];
  });
  const cancels = ops.filter((o) => o.op === 'cancel' && o.outcome === 'ok');
  const holds = holdLives(evidence);
  const reads = ops.filter((o) => o.op === 'read' && o.outcome === 'ok' && o.resultId);
  const early = evidence.changes.filter((c) => c.table === 'hold' && c.stmt === 'expire_holds' && c.oldExpiresAt !== null && c.oldExpiresAt > c.at + SLACK_MS);
  return [
    verdict('every acknowledged order exists, the buyer’s, confirmed unless a cancel of theirs made it cancelled', orderFailures, checkouts.length),
    verdict('every answer for one idempotency key is one order, the one the database holds for that key, of the hold the checkout named', keyFailures, answersByKey.size),
    verdict('every acknowledged cancel left its order cancelled', cancels.filter((o) => evidence.orders.get(String(o.input['order']))?.status !== 'CANCELLED').map(describeOperation), cancels.length),
    verdict(
      'every hold a read answered was the buyer’s own, and active while the read ran',
      reads.flatMap((o) => {
        const hold = holds.get(Number(o.resultId));
        if (!hold) return [`${describeOperation(o)}: no such hold in the log`];
        if (hold.owner !== o.buyer) return [`${describeOperation(o)}: buyer ${hold.owner}'s hold`];
        if (hold.from > o.end + SLACK_MS || hold.to < o.start - SLACK_MS) return [`${describeOperation(o)}: active ${clock(hold.from)}-${clock(hold.to)} only`];
        return [];
      }),
      reads.length,
    ),
    verdict('no hold was expired before its expiry', early.map((c) => `hold ${c.row} expired at ${clock(c.at)}, due at ${clock(c.oldExpiresAt!)}`), evidence.changes.filter((c) => c.stmt === 'expire_holds' && c.table === 'hold').length),
  ];
}

/** Each hold's owner and when it was active, from the log. */
function holdLives(evidence: RunEvidence): Map<number, { owner: number; from: number; to: number }> {
  const lives = new Map<number, { owner: number; from: number; to: number }>();
  for (const c of evidence.changes) {
    if (c.table !== 'hold') continue;
    const life = lives.get(c.row);
    if (!life) lives.set(c.row, { owner: c.owner!, from: c.at, to: c.status === 'ACTIVE' ? Infinity : c.at });
    else if (c.status !== 'ACTIVE' && life.to === Infinity) life.to = c.at;
  }
  return lives;
}
