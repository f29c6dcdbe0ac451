import pg from 'pg';
import type { History } from './history.ts';
import { describeStreamViolation, describeViewViolation } from './subscriber-ledger.ts';
import type { Watcher } from './watchers.ts';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

type Rows = Record<string, unknown>[];

/**
 * Judges a run from the clients' histories and the final database, Jepsen-style: what a client
 * was told happened must have happened, what it was told failed must not have, what it never
 * heard back about must have resolved one way or the other, and no rule of the data is broken.
 */
export async function check(
  databaseUrl: string,
  history: History,
  watchers: Watcher[],
  violations: { rule: string; ids: number[] }[],
): Promise<{ checks: Check[]; info: string[] }> {
  const info: string[] = [];
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const rows = async (sql: string, params: unknown[] = []): Promise<Rows> => (await db.query(sql, params)).rows;
  const checks: Check[] = [];
  const add = (name: string, failures: string[], total: number) =>
    checks.push({ name, ok: failures.length === 0, detail: failures.length ? failures.slice(0, 5).join('; ') : `${total} checked` });
  try {
    add('database invariants (no seat sold twice or in two holds; counters within capacity)', violations.map((v) => `${v.rule}: ${v.ids.join(',')}`), 12);

    const ops = history.operations;
    const heldBy = new Set((await rows(`select hs.seat_id, h.buyer_id from hold_seats hs join holds h on h.id = hs.hold_id`)).map((r) => `${r['seat_id']}:${r['buyer_id']}`));
    const reserves = ops.filter((o) => o.op === 'reserve' && o.outcome === 'ok');
    add('every acknowledged reservation was recorded (then sold, released or expired by the rules)', reserves.filter((o) => !heldBy.has(`${o.input['seat']}:${o.buyer}`)).map((o) => `seat ${o.input['seat']} buyer ${o.buyer}`), reserves.length);

    const orders = new Map((await rows(`select id, buyer_id, status, idempotency_key from orders`)).map((r) => [String(r['id']), r]));
    const cancelled = new Set(ops.filter((o) => o.op === 'cancel' && o.outcome !== 'fail').map((o) => String(o.input['order'])));
    const checkouts = ops.filter((o) => o.op === 'checkout' && o.outcome === 'ok');
    add(
      'every acknowledged order exists, confirmed unless its buyer cancelled it',
      checkouts.filter((o) => {
        const order = orders.get(o.resultId!);
        return !order || Number(order['buyer_id']) !== o.buyer || (order['status'] !== 'CONFIRMED' && !cancelled.has(o.resultId!));
      }).map((o) => {
        const order = orders.get(o.resultId!);
        const related = ops.filter((x) => x.resultId === o.resultId || x.input['order'] === o.resultId).map((x) => `${x.op}:${x.outcome}${x.code ? `:${x.code}` : ''}`);
        return `order ${o.resultId} of buyer ${o.buyer}: ${order ? `${String(order['status'])} for buyer ${String(order['buyer_id'])}` : 'missing'}; ops ${related.join(',')}`;
      }),
      checkouts.length,
    );
    const byKey = new Map([...orders.values()].map((r) => [String(r['idempotency_key']), r]));
    const keys = new Set(checkouts.map((o) => String(o.input['key'])));
    add('one idempotency key never bought twice', [...keys].filter((k) => [...orders.values()].filter((r) => r['idempotency_key'] === k).length > 1), keys.size);

    const cancels = ops.filter((o) => o.op === 'cancel' && o.outcome === 'ok');
    add('every acknowledged cancel left its order cancelled', cancels.filter((o) => orders.get(String(o.input['order']))?.['status'] !== 'CANCELLED').map((o) => `order ${o.input['order']}`), cancels.length);

    const failedCheckouts = ops.filter((o) => o.op === 'checkout' && o.outcome === 'fail' && o.code === 'HOLD_EXPIRED');
    add('a checkout refused with HOLD_EXPIRED bought nothing under that key', failedCheckouts.filter((o) => byKey.has(String(o.input['key'])) && !checkouts.some((c) => c.input['key'] === o.input['key'])).map((o) => `key ${o.input['key']}`), failedCheckouts.length);

    // Unknown outcomes: after recovery the database says which way each went (reported, not judged:
    // either way is consistent; what matters is that the checks above hold for both).
    const unknown = ops.filter((o) => o.outcome === 'unknown');
    const unknownReserves = unknown.filter((o) => o.op === 'reserve');
    const unknownCheckouts = unknown.filter((o) => o.op === 'checkout');
    info.push(
      `unknown outcomes: ${unknown.length}; reserve ${unknownReserves.filter((o) => heldBy.has(`${o.input['seat']}:${o.buyer}`)).length}/${unknownReserves.length} took effect; ` +
        `checkout ${unknownCheckouts.filter((o) => byKey.has(String(o.input['key']))).length}/${unknownCheckouts.length} bought`,
    );

    const truth = new Map((await rows(`select id, version, status from seats`)).map((r) => [String(r['id']), r]));
    const diverged: string[] = [];
    for (const [i, watcher] of watchers.entries()) {
      for (const [id, seen] of watcher.view) {
        const real = truth.get(id);
        if (!real || Number(real['version']) !== seen.version || real['status'] !== seen.status) {
          diverged.push(`watcher ${i} seat ${id}: saw v${seen.version} ${seen.status}, database v${real?.['version']} ${real?.['status']}`);
        }
      }
    }
    add('every subscriber’s view, after its resync, equals the database', diverged, watchers.reduce((n, w) => n + w.view.size, 0));

    const ledgers = watchers.map((w) => w.ledger);
    add(
      'no subscriber ever saw a seat’s version go backwards (within one WebSocket connection every update of a seat is newer than the last one that connection delivered)',
      ledgers.flatMap((l, i) => l.streamViolations.map((v) => describeStreamViolation(v, i))),
      ledgers.reduce((n, l) => n + l.received, 0),
    );
    add(
      'no subscriber’s applied view of a seat ever went backwards (nor showed one version with two statuses)',
      ledgers.flatMap((l, i) => l.viewViolations.map((v) => describeViewViolation(v, i))),
      ledgers.reduce((n, l) => n + l.view.size, 0),
    );
    const received = ledgers.reduce((n, l) => n + l.received, 0);
    const connections = ledgers.reduce((n, l) => n + l.connections, 0);
    info.push(
      `subscribers: ${received} updates over ${connections} WebSocket connections (${connections - ledgers.length} reconnects), ${watchers.reduce((n, w) => n + w.resyncs, 0)} resyncs` +
        (watchers.some((w) => w.failedReconnectResyncs > 0) ? `, ${watchers.reduce((n, w) => n + w.failedReconnectResyncs, 0)} resyncs after a reconnect failed every attempt` : ''),
      `subscribers: updates not newer than the subscriber's view, ignored: ${ledgers.reduce((n, l) => n + l.behindSnapshot, 0)} behind a snapshot ` +
        `(the database read after a (re)connect already had that version or a later one while the message was in flight), ` +
        `${ledgers.reduce((n, l) => n + l.behindEarlierConnection, 0)} behind an update delivered on an earlier connection`,
    );
  } finally {
    await db.end();
  }
  return { checks, info };
}
