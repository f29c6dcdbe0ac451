import type { HoldPolicy } from '../config.ts';

/**
 * The instants a change made at `now` may give a hold (docs/rules.md rule 5). They depend only on
 * the clock and the policy; the inventory statements combine them with the hold's stored times,
 * the earliest winning (`inventory/hold-times.ts`), so each timing rule is written once.
 */
export interface HoldDeadlines {
  now: Date;
  /** Activity keeps a hold until then (3 idle minutes release it). */
  idleUntil: Date;
  /** A hold opened or extended now lives until then (10 minutes), unless capped. */
  lifeUntil: Date;
  /** The hard cap of a hold opened now (15 minutes): nothing keeps a hold past its cap. */
  capUntil: Date;
  /**
   * Earlier holds of the buyer on the same event whose cap passed after this instant may still
   * bind them: while such a cap runs a new hold keeps it, and if that hold ended within the
   * cool-down of its cap, the buyer waits out the cool-down after it (releasing and reserving
   * again does not buy a fresh 15 minutes; see inventory/hold-claim.ts).
   */
  cooldownFrom: Date;
}

const plus = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

export function holdDeadlines(now: Date, policy: HoldPolicy): HoldDeadlines {
  return {
    now,
    idleUntil: plus(now, policy.idleSeconds),
    lifeUntil: plus(now, policy.lifeSeconds),
    capUntil: plus(now, policy.maxSeconds),
    cooldownFrom: plus(now, -policy.cooldownSeconds),
  };
}

/** Holds expiring before this instant are in their last `warningSeconds` (announced once by the sweeper). */
export function warningUntil(now: Date, policy: Pick<HoldPolicy, 'warningSeconds'>): Date {
  return plus(now, policy.warningSeconds);
}

/**
 * In the last `warningSeconds` before an active hold expires (`Hold.expiringSoon`): the time to
 * tell the buyer to check out or come back. The sweeper pushes the hold once when it enters it.
 */
export function isExpiringSoon(hold: { status: string; expiresAt: Date | string }, now: Date, policy: Pick<HoldPolicy, 'warningSeconds'>): boolean {
  if (hold.status !== 'ACTIVE' || policy.warningSeconds === 0) return false;
  const expiresAt = new Date(hold.expiresAt).getTime();
  return expiresAt > now.getTime() && expiresAt <= warningUntil(now, policy).getTime();
}

/** When a buyer whose earlier hold's cap passed at `cap` may open a new hold on that event. */
export function coolDownEnds(cap: Date | string, policy: Pick<HoldPolicy, 'cooldownSeconds'>): Date {
  return plus(new Date(cap), policy.cooldownSeconds);
}
