import type pg from 'pg';
import type { HoldPolicy } from '../../src/config.ts';
import type { Seat } from './fixtures.ts';
import type { Outcome } from './load.ts';

/**
 * The reserve bench's reference: a reservation keeping reserveSeat's rules (docs/rules.md 1, 2,
 * 5, 7 and the hold cap and cool-down), hand-written as one PL/pgSQL function that the bench
 * creates in its own database and calls with ONE statement per reservation, a named prepared
 * statement through a pg.Pool: one round trip, one implicit transaction, plans cached by PL/pgSQL.
 * It is written apart from api/src/inventory on purpose, as a team that skipped the ORM and GraphQL
 * would write it: statements in order instead of data-modifying CTEs, an exception to undo.
 *
 * Order of work: read the seat with its event and tier (a CONFLICT answers from here without
 * writing), claim the buyer's active hold under the per-order limit and the expiry, or open one
 * (a place among the buyer's events by a conditional update of users.active_holds, the cap of an
 * earlier hold inherited, the cool-down honoured), then the seat's conditional update on id +
 * version + status, then the hold line. The hold is locked before the seat, as in the API. A
 * conditional update that loses a race raises SQLSTATE BR409, which rolls the whole call back.
 */
const FUNCTION_SQL = `
create or replace function bench_reserve_seat(
  p_buyer int, p_seat int, p_version int,
  p_now timestamptz, p_idle_until timestamptz, p_life_until timestamptz, p_cap_until timestamptz, p_cooldown_from timestamptz,
  p_max_events int,
  out outcome text, out seat_version int, out seat_status text
) language plpgsql as $$
declare
  s record;
  current_hold record;
  v_hold int;
  running_cap timestamptz;
  cooling boolean;
  cap timestamptz;
begin
  select st.id, st.version, st.status, st.event_id, st.tier_id, t.price_cents, e.status as event_status, e.per_order_limit
    into s
    from seats st join tiers t on t.id = st.tier_id join events e on e.id = st.event_id
   where st.id = p_seat;
  if not found then
    outcome := 'NOT_FOUND';
    return;
  end if;
  if s.event_status <> 'ON_SALE' then
    outcome := case when s.event_status = 'DRAFT' then 'NOT_FOUND' else 'BAD_USER_INPUT' end;
    return;
  end if;
  seat_version := s.version;
  seat_status := s.status;
  if s.status <> 'AVAILABLE' or s.version <> p_version then
    outcome := 'CONFLICT';
    return;
  end if;

  update holds h
     set item_count = h.item_count + 1, last_activity_at = p_now, expires_at = least(h.life_ends_at, p_idle_until)
   where h.buyer_id = p_buyer and h.event_id = s.event_id and h.status = 'ACTIVE'
     and h.expires_at > p_now and h.item_count + 1 <= h.item_limit
  returning h.id into v_hold;

  if v_hold is null then
    select h.expires_at into current_hold from holds h where h.buyer_id = p_buyer and h.event_id = s.event_id and h.status = 'ACTIVE';
    if found then
      outcome := case when current_hold.expires_at <= p_now then 'HOLD_EXPIRED' else 'LIMIT_EXCEEDED' end;
      return;
    end if;
    if s.per_order_limit < 1 then
      outcome := 'LIMIT_EXCEEDED';
      return;
    end if;
    -- Earlier holds of the buyer on this event: a running cap is inherited; one that ended within
    -- the cool-down of its cap makes the buyer wait.
    select max(h.max_expires_at) filter (where h.max_expires_at > p_now),
           coalesce(bool_or(h.max_expires_at <= p_now and least(h.ended_at, h.expires_at) > h.max_expires_at - (p_now - p_cooldown_from)), false)
      into running_cap, cooling
      from holds h
     where h.buyer_id = p_buyer and h.event_id = s.event_id and h.status in ('EXPIRED', 'RELEASED') and h.max_expires_at > p_cooldown_from;
    if cooling then
      outcome := 'LIMIT_EXCEEDED';
      return;
    end if;
    update users set active_holds = active_holds + 1 where id = p_buyer and active_holds < p_max_events;
    if not found then
      outcome := 'LIMIT_EXCEEDED';
      return;
    end if;
    cap := least(p_cap_until, running_cap);
    insert into holds (event_id, buyer_id, status, item_count, item_limit, created_at, last_activity_at, life_ends_at, max_expires_at, expires_at)
    values (s.event_id, p_buyer, 'ACTIVE', 1, s.per_order_limit, p_now, p_now, least(p_life_until, cap), cap, least(p_life_until, cap, p_idle_until))
    on conflict do nothing
    returning id into v_hold;
    if v_hold is null then
      -- Another first reservation of this buyer opened the hold at the same moment.
      raise exception 'hold opened concurrently' using errcode = 'BR409';
    end if;
  end if;

  update seats
     set status = 'HELD', hold_id = v_hold, holder_id = p_buyer, version = version + 1
   where id = s.id and version = p_version and status = 'AVAILABLE'
  returning version into seat_version;
  if not found then
    raise exception 'seat changed concurrently' using errcode = 'BR409';
  end if;
  insert into hold_seats (hold_id, seat_id, tier_id, price_cents, active) values (v_hold, s.id, s.tier_id, s.price_cents, true);
  outcome := 'OK';
  seat_status := 'HELD';
end
$$`;

/** Creates (or replaces) the reference function in the bench's database. */
export async function installOneStatementReserve(pool: pg.Pool): Promise<void> {
  await pool.query(FUNCTION_SQL);
}

const RACE_LOST = 'BR409';
const UNIQUE_VIOLATION = '23505';
const CALL = { name: 'bench_reserve_seat', text: 'select outcome from bench_reserve_seat($1, $2, $3, $4, $5, $6, $7, $8, $9)' };
const plus = (now: number, seconds: number) => new Date(now + seconds * 1000);

/** One reservation: one statement, one round trip. A lost race is a CONFLICT, as the API would answer after running again. */
export async function oneStatementReserve(pool: pg.Pool, buyerId: number, seat: Seat, policy: HoldPolicy): Promise<Outcome> {
  const now = Date.now();
  try {
    const { rows } = await pool.query<{ outcome: string }>({
      ...CALL,
      values: [
        buyerId, seat.id, seat.version,
        new Date(now), plus(now, policy.idleSeconds), plus(now, policy.lifeSeconds), plus(now, policy.maxSeconds), plus(now, -policy.cooldownSeconds),
        policy.maxEvents,
      ],
    });
    return rows[0]?.outcome ?? 'NO_ROW';
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === RACE_LOST || code === UNIQUE_VIOLATION) return 'CONFLICT';
    throw error;
  }
}
