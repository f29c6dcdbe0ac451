import type { Change } from '../change-log.ts';
import type { Operation, OperationKind } from '../history.ts';

/**
 * What one buyer-facing transition did, read from the change log: the effect an operation of the
 * workload would have, under the key that operation carries (who, what, with which input).
 */
export interface Effect {
  key: string;
  at: number;
  change: Change;
  /** The seat's new version (reserve, release). */
  version?: number;
  /** The hold (holdTickets, extend) or order (checkout, cancel) the statement made or changed. */
  id?: number;
  /** checkout: the hold that was sold. */
  hold?: number;
}

/**
 * Per kind of operation: the key tying it to its effect (null: it has none, a read), whether a
 * repeat answers from an earlier effect instead of making one (idempotent), and the codes it may
 * fail with. `Record<OperationKind, ...>`: a kind the workload sends without a rule does not compile.
 */
export interface OperationRule {
  key(op: Operation): string | null;
  idempotent: boolean;
  codes: readonly string[];
  /** What the answer must agree with in the effect; null when it does. */
  answer(op: Operation, effect: Effect): string | null;
}

const sameVersion = (op: Operation, e: Effect) => (op.resultVersion === e.version ? null : `answered v${op.resultVersion}, the database made v${e.version}`);
const sameId = (op: Operation, e: Effect) => (op.resultId === String(e.id) ? null : `answered id ${op.resultId}, the database's is ${e.id}`);

export const RULES: Record<OperationKind, OperationRule> = {
  // NOT_ADMITTED: the waiting room's event, before the buyer's admission (queue-workload.ts).
  reserve: { key: (o) => `reserve|${o.buyer}|${o.input['seat']}|${o.input['version']}`, idempotent: false, codes: ['CONFLICT', 'LIMIT_EXCEEDED', 'NOT_ADMITTED'], answer: sameVersion },
  // The workload forgets a seat whose hold expired, so releasing it finds it free or someone else's.
  release: { key: (o) => `release|${o.buyer}|${o.input['seat']}`, idempotent: false, codes: ['CONFLICT', 'FORBIDDEN'], answer: sameVersion },
  holdTickets: {
    key: (o) => `holdTickets|${o.buyer}|${o.input['tier']}|${o.input['quantity']}`,
    idempotent: false,
    codes: ['SOLD_OUT', 'LIMIT_EXCEEDED', 'CONFLICT'],
    answer: sameId,
  },
  extend: { key: (o) => `extend|${o.buyer}|${o.input['hold']}`, idempotent: false, codes: ['HOLD_EXPIRED'], answer: sameId },
  // An emptied hold is BAD_USER_INPUT; a hold that expired or changed under the checkout, HOLD_EXPIRED or CONFLICT.
  checkout: {
    key: (o) => `checkout|${o.buyer}|${o.input['key']}`,
    idempotent: true,
    codes: ['HOLD_EXPIRED', 'CONFLICT', 'BAD_USER_INPUT'],
    answer: (o, e) => sameId(o, e) ?? (String(e.hold) === String(o.input['hold']) ? null : `the order is of hold ${e.hold}, not the hold checked out`),
  },
  cancel: { key: (o) => `cancel|${o.buyer}|${o.input['order']}`, idempotent: true, codes: [], answer: sameId },
  read: { key: () => null, idempotent: true, codes: [], answer: () => null },
  // A scan at the door changes no seat, hold, tier or order: its rule is partners.ts's own
  // check that no ticket was ever let in twice.
  checkIn: { key: () => null, idempotent: true, codes: [], answer: () => null },
};

/** Every buyer-facing effect in the log, keyed like the operations that make them. */
export function effectsOf(changes: readonly Change[]): Effect[] {
  // A batch of coalesced requests is one transaction: a line names its hold, and the hold its buyer.
  const ownerOfHold = new Map<number, number>();
  for (const c of changes) if (c.table === 'hold' && c.owner !== null && !ownerOfHold.has(c.row)) ownerOfHold.set(c.row, c.owner);
  const effects: Effect[] = [];
  for (const c of changes) {
    const effect = effectOf(c, ownerOfHold);
    if (effect) effects.push(effect);
  }
  return effects;
}

function effectOf(c: Change, ownerOfHold: ReadonlyMap<number, number>): Effect | null {
  const base = { at: c.at, change: c };
  switch (c.stmt) {
    case 'hold_seats':
      return c.table === 'seat' ? { ...base, key: `reserve|${c.owner}|${c.row}|${c.version! - 1}`, version: c.version! } : null;
    case 'release_seat':
      return c.table === 'seat' ? { ...base, key: `release|${c.oldOwner}|${c.row}`, version: c.version! } : null;
    case 'hold_tickets':
      return c.table === 'ticket' ? { ...base, key: `holdTickets|${ownerOfHold.get(c.ref!)}|${c.version}|${c.qty}`, id: c.ref! } : null;
    case 'extend_hold':
      return c.table === 'hold' ? { ...base, key: `extend|${c.owner}|${c.row}`, id: c.row } : null;
    case 'sell_hold':
      return c.table === 'order' && c.oldStatus === null ? { ...base, key: `checkout|${c.owner}|${c.key}`, id: c.row, hold: c.ref! } : null;
    case 'cancel_order':
      return c.table === 'order' && c.status === 'CANCELLED' ? { ...base, key: `cancel|${c.owner}|${c.row}`, id: c.row } : null;
    // Buyer transitions the workload never sends: any such change is one no operation explains.
    case 'release_hold':
      return c.table === 'hold' ? { ...base, key: `releaseHold|${c.owner}|${c.row}`, id: c.row } : null;
    case 'sell_seats':
      return c.table === 'order' ? { ...base, key: `sellSeats|${c.owner}|${c.key}`, id: c.row } : null;
    default:
      return null;
  }
}
