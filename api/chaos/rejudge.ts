/**
 * Judges a saved run again (`npm run chaos -- --evidence run.json` saves one), so a failure can be
 * studied, and a change to the checker tried, without a new run: `node api/chaos/rejudge.ts run.json`.
 */
import { readFileSync } from 'node:fs';
import { check } from './checker.ts';
import type { RunEvidence } from './evidence.ts';

type Json = Record<string, unknown>;
const map = (o: unknown, key: (k: string) => unknown = (k) => k) => new Map(Object.entries(o as Json).map(([k, v]) => [key(k), v]));

/** The evidence as JSON (maps as objects), as `--evidence` saves it. */
export const evidenceToJson = (evidence: RunEvidence): string =>
  JSON.stringify(evidence, (_key, value: unknown) => (value instanceof Map ? Object.fromEntries(value) : value));

export function evidenceFromJson(text: string): RunEvidence {
  const e = JSON.parse(text) as Json & { initialVersions: Json; subscribers: (Json & { streams: Json[] })[] };
  return {
    ...e,
    initialVersions: { seats: map(e.initialVersions['seats'], Number), tiers: map(e.initialVersions['tiers'], Number) },
    seats: map(e['seats']),
    tierVersions: map(e['tierVersions'], Number),
    orders: map(e['orders']),
    subscribers: e.subscribers.map((s) => ({
      ...s,
      streams: s.streams.map((st) => ({ ...st, delivered: map(st['delivered']) })),
      viewBeforeFinalResync: map(s['viewBeforeFinalResync']),
      viewAfterFinalResync: s['viewAfterFinalResync'] ? map(s['viewAfterFinalResync']) : null,
    })),
  } as unknown as RunEvidence;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checks, info } = check(evidenceFromJson(readFileSync(process.argv[2]!, 'utf8')));
  for (const line of info) console.log(`info: ${line}`);
  for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name} (${c.detail})`);
  process.exit(checks.every((c) => c.ok) ? 0 : 1);
}
