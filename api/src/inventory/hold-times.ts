/**
 * The SQL side of hold timing: how a statement combines the deadlines of `holds/hold-timing.ts`
 * (bound as parameters) with a hold's stored times. Each expression is written once here and used
 * by every statement that opens, touches or extends a hold. The earliest instant always wins, and
 * CHECK `holds_expiry_capped` backs the cap in the database.
 */
export interface DeadlineRefs {
  now: string;
  idleUntil: string;
  lifeUntil: string;
}

/** A hold opened now with hard cap `cap`. */
export const openedTimes = (p: DeadlineRefs, cap: string) => ({
  lifeEndsAt: `least(${p.lifeUntil}, ${cap})`,
  expiresAt: `least(${p.lifeUntil}, ${cap}, ${p.idleUntil})`,
});

/** The buyer acted (took or gave back a seat or tickets): the inactivity clock restarts, the life does not. */
export const touchedExpiry = (hold: string, p: Pick<DeadlineRefs, 'idleUntil'>) => `least(${hold}.life_ends_at, ${p.idleUntil})`;

/** The heartbeat: the life restarts from now, never past the hold's cap, however many heartbeats. */
export const extendedTimes = (hold: string, p: DeadlineRefs) => ({
  lifeEndsAt: `least(${p.lifeUntil}, ${hold}.max_expires_at)`,
  expiresAt: `least(${p.lifeUntil}, ${hold}.max_expires_at, ${p.idleUntil})`,
});

/** Whether the hold has not expired yet (the sweeper may not have ended an expired one yet). */
export const isLive = (hold: string, p: Pick<DeadlineRefs, 'now'>) => `${hold}.expires_at > ${p.now}`;

/**
 * The same test, for an UPDATE that finds its hold by key: written so that no index can serve it.
 * A batch function's statements run on plans cached for the session, made while the holds table
 * was nearly empty; there the index of active holds by expiry looked as cheap as the primary key,
 * and an on-sale's claims then scanned every active hold (2,000 buyers: 1.3 ms a reservation).
 */
export const isLiveByKey = (hold: string, p: Pick<DeadlineRefs, 'now'>) => `(${isLive(hold, p)}) is true`;
