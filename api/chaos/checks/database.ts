import type { RunEvidence } from '../evidence.ts';
import { verdict, type Check } from './verdict.ts';

/**
 * Every row's versions in the log, in commit order (a row's later change waits for the earlier
 * one's commit, so its log entry comes after): each one above the one before, from the version the
 * row had when the log began to the one it has now. A gap or a repeat is a change the log missed
 * or a change that did not bump the version (the rules say every change bumps it by one).
 */
function versionSteps(evidence: RunEvidence, table: 'seat' | 'tier', initial: ReadonlyMap<number, number>, final: ReadonlyMap<number, number>): string[] {
  const current = new Map(initial);
  const failures: string[] = [];
  for (const c of evidence.changes) {
    if (c.table !== table) continue;
    const before = current.get(c.row);
    if (before === undefined || c.version !== before + 1) failures.push(`${table} ${c.row}: v${c.version} (${c.stmt} at ${new Date(c.at).toISOString().slice(11, 23)}) after v${before}`);
    current.set(c.row, c.version!);
  }
  for (const [row, version] of final) {
    if (current.get(row) !== version) failures.push(`${table} ${row}: the database has v${version}, the log ends at v${current.get(row)}`);
  }
  return failures;
}

/** The data's own rules, the log's completeness, and whether every hold ended. */
export function databaseChecks(evidence: RunEvidence): { checks: Check[]; info: string[] } {
  const seatsFinal = new Map([...evidence.seats].map(([id, s]) => [Number(id), s.version]));
  const unknown = evidence.changes.filter((c) => c.stmt.startsWith('unknown:') || !/^chaos-api-\d+$/.test(c.app));
  return {
    checks: [
      verdict(
        'database invariants (no seat sold twice or in two holds; counters within capacity and equal to the rows)',
        evidence.violations.map((v) => `${v.rule}: ${v.ids.join(',')}`),
        evidence.invariantRules,
      ),
      verdict(
        'every seat and tier change bumped its version by one, and the log holds every change up to the final rows',
        [...versionSteps(evidence, 'seat', evidence.initialVersions.seats, seatsFinal), ...versionSteps(evidence, 'tier', evidence.initialVersions.tiers, evidence.tierVersions)],
        evidence.changes.length,
      ),
      verdict(
        'every change was made by an inventory transition of an API process',
        unknown.map((c) => `${c.table} ${c.row} by ${c.app}, statement ${c.stmt}`),
        evidence.changes.length,
      ),
      verdict(
        'every hold ended once the faults stopped (the sweeper is not wedged)',
        evidence.quiet && evidence.activeHolds === 0 ? [] : [`${evidence.activeHolds} holds still ACTIVE after the wait${evidence.quiet ? '' : ', which timed out'}`],
        'no active hold left',
      ),
    ],
    info: [],
  };
}
