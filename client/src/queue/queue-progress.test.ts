import { afterEach, describe, expect, it } from 'vitest';
import { setFormattingLocale } from '../ui/format.ts';
import { formatWait, progressOf, stageOf, toQueuePolicyInput } from './queue-progress.ts';

describe('queue progress', () => {
  afterEach(() => setFormattingLocale(undefined));

  it('goes from 0 to 1 as those ahead go in', () => {
    expect(progressOf(100, 100)).toBe(0);
    expect(progressOf(25, 100)).toBe(0.75);
    expect(progressOf(0, 100)).toBe(1);
    expect(progressOf(0, 0)).toBe(1);
    expect(progressOf(null, 100)).toBe(0);
  });

  it('says the wait in words', () => {
    expect(formatWait(20)).toBe('less than a minute');
    expect(formatWait(180)).toBe('about 3 minutes');
    expect(formatWait(3 * 3600 + 300)).toBe('about 3 h 05 min');
    expect(formatWait(null)).toBe('working it out…');
  });

  it('writes the wait’s numbers in the buyer’s locale', () => {
    setFormattingLocale('de-DE');
    expect(formatWait(1200 * 3600 + 5 * 60)).toBe('about 1.200 h 05 min');
    setFormattingLocale('ar-EG');
    expect(formatWait(180)).toBe('about ٣ minutes');
  });

  it('knows the stage from the ticket', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(stageOf(null, '2026-12-01T11:00:00Z', now)).toBe('join');
    expect(stageOf({ status: 'WAITING', position: null, admittedUntil: null }, '2026-12-01T11:00:00Z', now)).toBe('before-opening');
    expect(stageOf({ status: 'WAITING', position: null, admittedUntil: null }, '2026-12-01T09:00:00Z', now)).toBe('placing');
    expect(stageOf({ status: 'WAITING', position: 4, admittedUntil: null }, '2026-12-01T09:00:00Z', now)).toBe('waiting');
    expect(stageOf({ status: 'ADMITTED', position: 4, admittedUntil: '2026-12-01T10:05:00Z' }, '2026-12-01T09:00:00Z', now)).toBe('admitted');
    expect(stageOf({ status: 'ADMITTED', position: 4, admittedUntil: '2026-12-01T09:55:00Z' }, '2026-12-01T09:00:00Z', now)).toBe('admission-over');
    expect(stageOf({ status: 'EXPIRED', position: 4, admittedUntil: '2026-12-01T09:55:00Z' }, '2026-12-01T09:00:00Z', now)).toBe('expired');
  });

  it('turns the organiser’s fields into a policy, or says every problem', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    const draft = { enabled: true, opensAt: '2026-12-02T10:00', admitPerMinute: '300', admissionMinutes: '8' };
    expect(toQueuePolicyInput({ ...draft, enabled: false }, '2026-12-10T20:00', now)).toEqual({ queue: null, problems: [] });
    expect(toQueuePolicyInput(draft, '2026-12-10T20:00', now).queue).toMatchObject({ admitPerMinute: 300, admissionMinutes: 8 });
    expect(toQueuePolicyInput({ ...draft, opensAt: '2026-11-30T10:00', admitPerMinute: '0' }, '2026-12-10T20:00', now).problems).toHaveLength(2);
    expect(toQueuePolicyInput(draft, '2026-12-01T20:00', now).problems).toEqual(['The waiting room must open before the event starts.']);
  });
});
