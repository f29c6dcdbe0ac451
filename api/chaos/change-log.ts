import { createHash } from 'node:crypto';
import pg from 'pg';
import { CANCEL_ORDER } from '../src/inventory/cancel-order.ts';
import { CHECK_IN } from '../src/inventory/check-in.ts';
import { BATCHABLE_TRANSITIONS } from '../src/inventory/batchables.ts';
import { batchCallText } from '../src/inventory/coalesce.ts';
import { EXPIRE_HOLDS, RELEASE_HOLD } from '../src/inventory/end-holds.ts';
import { EXTEND_HOLD } from '../src/inventory/extend-hold.ts';
import { HOLD_SEATS } from '../src/inventory/hold-seats.ts';
import { HOLD_TICKETS } from '../src/inventory/hold-tickets.ts';
import { OPEN_TOKEN_HOLD } from '../src/inventory/open-token-hold.ts';
import { RELEASE_SEAT } from '../src/inventory/release-seat.ts';
import { SELL_HOLD } from '../src/inventory/sell-hold.ts';
import { SELL_SEATS } from '../src/inventory/sell-seats.ts';
import { COUNT_RESERVED_TIERS } from '../src/inventory/tier-counts.ts';
import { WARN_HOLDS } from '../src/inventory/warn-holds.ts';

/**
 * One committed change of a row, as the run's own database recorded it: triggers on seats, holds,
 * tiers and orders write every row change into `chaos_log`, in the transaction that makes it (a
 * statement that undoes itself, or is rolled back, leaves nothing). Each entry names the process
 * (`application_name`, set per API process through PGAPPNAME) and the inventory transition
 * (`md5(current_query())`, matched against the statements' texts) that made it, and when
 * (`clock_timestamp()`: the run's clock, as everything runs on one machine).
 */
export interface Change {
  id: number;
  at: number;
  tx: string;
  app: string;
  /** The inventory transition (`hold_seats`, `release_seat`, ...), or `unknown:<hash>`. */
  stmt: string;
  /** `ticket`: a general-admission line put into a hold (row: the line, ref: the hold, qty: how many, version: the tier). */
  table: 'seat' | 'hold' | 'tier' | 'order' | 'ticket';
  row: number;
  /** seats, tiers: the version after the change. */
  version: number | null;
  status: string | null;
  oldStatus: string | null;
  /** seats: holder; holds and orders: buyer. */
  owner: number | null;
  oldOwner: number | null;
  /** seats: hold; orders: hold. */
  ref: number | null;
  /** holds: item count; tiers: held. */
  qty: number | null;
  oldQty: number | null;
  /** holds: expires_at before the change (epoch ms). */
  oldExpiresAt: number | null;
  /** orders: idempotency key. */
  key: string | null;
}

// Every inventory transition (the partners' ones too: a hold token's hold, a check-in, the reserved
// tiers' recount, which moves tiers' counters and versions without any buyer's operation).
const STATEMENTS = [
  HOLD_SEATS, HOLD_TICKETS, RELEASE_SEAT, EXTEND_HOLD, EXPIRE_HOLDS, RELEASE_HOLD, WARN_HOLDS, SELL_HOLD, SELL_SEATS, CANCEL_ORDER,
  OPEN_TOKEN_HOLD, CHECK_IN, COUNT_RESERVED_TIERS,
];
const hashOf = (text: string) => createHash('md5').update(text).digest('hex').slice(0, 16);
const transition = (s: (typeof STATEMENTS)[number]) => s.name.replace(/^inventory_/, '');
/** Each statement's own text, and the call that sends a batch of its requests (coalesce.ts) when it has one. */
const TRANSITIONS = new Map([
  ...STATEMENTS.map((s) => [hashOf(s.text), transition(s)] as const),
  ...BATCHABLE_TRANSITIONS.map((b) => b.statement).filter((s) => STATEMENTS.some((known) => known.name === s.name)).map((s) => [hashOf(batchCallText(s)), transition(s)] as const),
]);

const DDL = `
create table chaos_log (
  id bigserial primary key,
  at timestamptz not null default clock_timestamp(),
  tx bigint not null default txid_current(),
  app text not null default current_setting('application_name'),
  stmt text not null default left(md5(coalesce(current_query(), '')), 16),
  tbl text not null, row_id int not null, version int, status text, old_status text,
  owner int, old_owner int, ref int, qty int, old_qty int, old_expires_at timestamptz, key text
);
create function chaos_log_seat() returns trigger language plpgsql as $$ begin
  insert into chaos_log (tbl, row_id, version, status, old_status, owner, old_owner, ref)
  values ('seat', new.id, new.version, new.status, old.status, new.holder_id, old.holder_id, coalesce(new.hold_id, old.hold_id));
  return null; end $$;
create function chaos_log_hold() returns trigger language plpgsql as $$ begin
  insert into chaos_log (tbl, row_id, status, old_status, owner, qty, old_qty, old_expires_at)
  values ('hold', new.id, new.status, case when tg_op = 'UPDATE' then old.status end, new.buyer_id, new.item_count,
          case when tg_op = 'UPDATE' then old.item_count end, case when tg_op = 'UPDATE' then old.expires_at end);
  return null; end $$;
create function chaos_log_tier() returns trigger language plpgsql as $$ begin
  insert into chaos_log (tbl, row_id, version, qty, old_qty) values ('tier', new.id, new.version, new.held, old.held);
  return null; end $$;
create function chaos_log_order() returns trigger language plpgsql as $$ begin
  insert into chaos_log (tbl, row_id, status, old_status, owner, ref, key)
  values ('order', new.id, new.status, case when tg_op = 'UPDATE' then old.status end, new.buyer_id, new.hold_id, new.idempotency_key);
  return null; end $$;
create function chaos_log_ticket() returns trigger language plpgsql as $$ begin
  insert into chaos_log (tbl, row_id, version, ref, qty) values ('ticket', new.id, new.tier_id, new.hold_id, new.quantity);
  return null; end $$;
create trigger chaos_log after insert on hold_tickets for each row execute function chaos_log_ticket();
create trigger chaos_log after update on seats for each row execute function chaos_log_seat();
create trigger chaos_log after insert or update on holds for each row execute function chaos_log_hold();
create trigger chaos_log after update on tiers for each row execute function chaos_log_tier();
create trigger chaos_log after insert or update on orders for each row execute function chaos_log_order();
`;

/** Installs the log in the run's database (after migrations and the stage, before the workload). */
export async function installChangeLog(databaseUrl: string): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(DDL);
  } finally {
    await db.end();
  }
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const ms = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).getTime());

/** Reads the whole log in order, a page at a time (a long run writes millions of entries). */
export async function readChangeLog(db: pg.Client): Promise<Change[]> {
  const changes: Change[] = [];
  for (let after = 0; ; ) {
    const { rows } = await db.query(`select * from chaos_log where id > $1 order by id limit 50000`, [after]);
    if (rows.length === 0) return changes;
    for (const r of rows) {
      changes.push({
        id: Number(r.id),
        at: ms(r.at)!,
        tx: String(r.tx),
        app: r.app,
        stmt: TRANSITIONS.get(r.stmt) ?? `unknown:${r.stmt}`,
        table: r.tbl,
        row: r.row_id,
        version: num(r.version),
        status: r.status,
        oldStatus: r.old_status,
        owner: num(r.owner),
        oldOwner: num(r.old_owner),
        ref: num(r.ref),
        qty: num(r.qty),
        oldQty: num(r.old_qty),
        oldExpiresAt: ms(r.old_expires_at),
        key: r.key,
      });
    }
    after = Number(rows.at(-1)!.id);
  }
}
