import { databaseChecks } from './checks/database.ts';
import { floorChecks } from './checks/floors.ts';
import { operationChecks } from './checks/operations.ts';
import { subscriberChecks } from './checks/subscribers.ts';
import type { Check } from './checks/verdict.ts';
import type { RunEvidence } from './evidence.ts';

export type { Check } from './checks/verdict.ts';

/** A group of checks over the run's evidence, with lines worth printing beside them. */
export type CheckGroup = (evidence: RunEvidence) => { checks: Check[]; info: string[] };

/**
 * Every group the fault run judges. A new side effect the run drives (webhooks, check-in) adds
 * its own small group here, over evidence it adds to RunEvidence.
 */
export const CHECK_GROUPS: readonly CheckGroup[] = [databaseChecks, operationChecks, subscriberChecks, floorChecks];

/**
 * Judges a run from the clients' histories, the database's log of every committed change, its
 * final rows and what every subscriber saw, Jepsen-style: what a client was told happened must
 * have happened, what it was told failed must not have, what it never heard back about must have
 * gone one way or the other, every change must have reached every subscriber whose stream was up,
 * and no rule of the data is broken. A pure function of the evidence, so a test can plant a
 * violation and see the one check it breaks fail.
 */
export function check(evidence: RunEvidence, groups: readonly CheckGroup[] = CHECK_GROUPS): { checks: Check[]; info: string[] } {
  const checks: Check[] = [];
  const info: string[] = [];
  for (const group of groups) {
    const result = group(evidence);
    checks.push(...result.checks);
    info.push(...result.info);
  }
  return { checks, info };
}
