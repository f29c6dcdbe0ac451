import type { HoldPolicy } from '../config.ts';

/** The instants that decide when a hold ends (docs/rules.md rule 5). */
export interface HoldTimes {
  lastActivityAt: Date;
  /** The hold's life: now + life on creation, pushed forward by each extension. */
  lifeEndsAt: Date;
  /** The hard cap, fixed at creation: nothing keeps a hold past it. */
  maxExpiresAt: Date;
  /** When the hold is released unless the buyer acts: the earliest of life, inactivity and cap. */
  expiresAt: Date;
}

const plus = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);
const earliest = (...dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));

export function newHoldTimes(now: Date, policy: HoldPolicy): HoldTimes {
  const maxExpiresAt = plus(now, policy.maxSeconds);
  const lifeEndsAt = earliest(plus(now, policy.lifeSeconds), maxExpiresAt);
  return { lastActivityAt: now, lifeEndsAt, maxExpiresAt, expiresAt: earliest(lifeEndsAt, plus(now, policy.idleSeconds)) };
}

/**
 * The buyer acted (reserved, released, held tickets): the inactivity clock restarts, the life does not.
 */
export function touchHoldTimes(times: HoldTimes, now: Date, policy: HoldPolicy): HoldTimes {
  return { ...times, lastActivityAt: now, expiresAt: earliest(times.lifeEndsAt, plus(now, policy.idleSeconds)) };
}

/**
 * The heartbeat: the life restarts from now, but never past the hard cap. Calling it again and
 * again cannot keep a hold alive forever (the pretix #1575 failure).
 */
export function extendHoldTimes(times: HoldTimes, now: Date, policy: HoldPolicy): HoldTimes {
  const lifeEndsAt = earliest(plus(now, policy.lifeSeconds), times.maxExpiresAt);
  return { ...times, lastActivityAt: now, lifeEndsAt, expiresAt: earliest(lifeEndsAt, plus(now, policy.idleSeconds)) };
}

export function isHoldLive(times: Pick<HoldTimes, 'expiresAt'>, now: Date): boolean {
  return times.expiresAt.getTime() > now.getTime();
}

/**
 * In the last `warningSeconds` before an active hold expires (`Hold.expiringSoon`): the time to
 * tell the buyer to check out or come back. The sweeper pushes the hold once when it enters it.
 */
export function isExpiringSoon(hold: { status: string; expiresAt: Date | string }, now: Date, policy: Pick<HoldPolicy, 'warningSeconds'>): boolean {
  if (hold.status !== 'ACTIVE' || policy.warningSeconds === 0) return false;
  const left = new Date(hold.expiresAt).getTime() - now.getTime();
  return left > 0 && left <= policy.warningSeconds * 1000;
}
