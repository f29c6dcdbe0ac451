import { formatCount, formatTwoDigits } from '../ui/format.ts';

/** How far along the line a buyer is, 0 to 1: the share of those ahead when first seen who have gone in since. */
export function progressOf(aheadNow: number | null, aheadAtFirst: number | null): number {
  if (aheadNow === null || aheadAtFirst === null) return 0;
  if (aheadAtFirst <= 0) return aheadNow <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, 1 - aheadNow / aheadAtFirst));
}

/** The estimated wait in words a person reads at a glance. */
export function formatWait(seconds: number | null): string {
  if (seconds === null) return 'working it out…';
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${formatCount(minutes)} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `about ${formatCount(hours)} h ${formatTwoDigits(rest)} min`;
}

/** What the waiting room page shows, from the ticket (null: not joined) and the room's policy. */
export type QueueStage = 'join' | 'before-opening' | 'placing' | 'waiting' | 'admitted' | 'admission-over' | 'expired';

export function stageOf(
  ticket: { status: string; position: number | null; admittedUntil: string | null } | null,
  opensAt: string,
  now: number,
): QueueStage {
  if (!ticket) return 'join';
  if (ticket.status === 'EXPIRED') return 'expired';
  if (ticket.status === 'ADMITTED') return ticket.admittedUntil && new Date(ticket.admittedUntil).getTime() > now ? 'admitted' : 'admission-over';
  if (ticket.position === null) return new Date(opensAt).getTime() > now ? 'before-opening' : 'placing';
  return 'waiting';
}

/** The organiser's waiting-room fields, as typed. */
export interface QueueDraft {
  enabled: boolean;
  /** `datetime-local` value. */
  opensAt: string;
  admitPerMinute: string;
  admissionMinutes: string;
}

export const emptyQueueDraft = (): QueueDraft => ({ enabled: false, opensAt: '', admitPerMinute: '500', admissionMinutes: '10' });

/** The QueuePolicyInput (null: no waiting room), or the problems that stop it. */
export function toQueuePolicyInput(
  draft: QueueDraft,
  startsAt: string,
  now = Date.now(),
): { queue: { opensAt: string; admitPerMinute: number; admissionMinutes: number } | null; problems: string[] } {
  if (!draft.enabled) return { queue: null, problems: [] };
  const problems: string[] = [];
  const opensAt = new Date(draft.opensAt);
  const starts = new Date(startsAt);
  const rate = Number(draft.admitPerMinute);
  const minutes = Number(draft.admissionMinutes);
  if (Number.isNaN(opensAt.getTime())) problems.push('The waiting room needs an opening date and time.');
  else if (opensAt.getTime() <= now) problems.push('The waiting room must open in the future.');
  else if (!Number.isNaN(starts.getTime()) && opensAt.getTime() >= starts.getTime()) problems.push('The waiting room must open before the event starts.');
  if (!Number.isInteger(rate) || rate < 1 || rate > 100_000) problems.push('Admit between 1 and 100,000 buyers a minute.');
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120) problems.push('An admission lasts 1 to 120 minutes.');
  if (problems.length > 0) return { queue: null, problems };
  return { queue: { opensAt: opensAt.toISOString(), admitPerMinute: rate, admissionMinutes: minutes }, problems };
}
