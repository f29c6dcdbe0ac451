import type { Operation } from '../history.ts';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** One check's outcome: it passes when nothing failed; the detail names the first failures, or what was checked. */
export function verdict(name: string, failures: readonly string[], checked: number | string): Check {
  return {
    name,
    ok: failures.length === 0,
    detail: failures.length > 0 ? `${failures.length} failed: ${failures.slice(0, 5).join('; ')}` : typeof checked === 'number' ? `${checked} checked` : checked,
  };
}

/** Wall-clock time of day to the millisecond, as the run's log lines show it. */
export const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23);

/** An operation as a failure names it: what, by whom, with what, how it ended and when. */
export function describeOperation(op: Operation): string {
  const input = Object.entries(op.input)
    .map(([k, v]) => `${k} ${typeof v === 'string' && v.length > 12 ? `${v.slice(0, 8)}…` : v}`)
    .join(', ');
  const answer = op.outcome === 'ok' ? `ok${op.resultVersion !== undefined ? ` v${op.resultVersion}` : ''}${op.resultId ? ` id ${op.resultId}` : ''}` : op.outcome === 'fail' ? `failed ${op.code}` : 'unknown';
  return `${op.op} by buyer ${op.buyer} (${input}) ${answer}, ${clock(op.start)}-${clock(op.end)}`;
}
