import pg from 'pg';
import { findViolations, type Violation } from '../../src/db/invariants.ts';
import { openOrm } from '../../src/db/orm.ts';

export interface OversoldCheck {
  violations: Violation[];
  /** Seats in more than one active hold, by a direct count (independent of the invariant checker). */
  doubleHeld: number;
  /** Seats in more than one confirmed order's active tickets. */
  doubleSold: number;
  soldSeats: number;
  heldSeats: number;
}

/** After the run: every invariant, plus a plain SQL count of seats sold or held twice. Must all be zero. */
export async function checkOversold(databaseUrl: string, eventId: string): Promise<OversoldCheck> {
  const orm = await openOrm({ databaseUrl, poolMax: 2 });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const violations = await findViolations(orm.em.fork());
    const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);
    return {
      violations,
      doubleHeld: await count(`select count(*) as n from (select seat_id from hold_seats where active group by seat_id having count(*) > 1) x`),
      doubleSold: await count(
        `select count(*) as n from (select t.seat_id from order_tickets t join orders o on o.id = t.order_id
         where t.active and o.status = 'CONFIRMED' and t.seat_id is not null group by t.seat_id having count(*) > 1) x`,
      ),
      soldSeats: await count(`select count(*) as n from seats where event_id = $1 and status = 'SOLD'`, [Number(eventId)]),
      heldSeats: await count(`select count(*) as n from seats where event_id = $1 and status = 'HELD'`, [Number(eventId)]),
    };
  } finally {
    await db.end();
    await orm.close();
  }
}
