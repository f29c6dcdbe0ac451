import { z } from 'zod';

export const MAX_ADMIT_PER_MINUTE = 100_000;
export const DEFAULT_ADMISSION_MINUTES = 10;

/** `QueuePolicyInput` as the use cases take it: checked alone; `opensAt` against now and the start by `queueTimingProblem`. */
export const queuePolicyInput = z.object({
  opensAt: z.date(),
  admitPerMinute: z.number().int().min(1, 'must be at least 1').max(MAX_ADMIT_PER_MINUTE, `must be at most ${MAX_ADMIT_PER_MINUTE}`),
  admissionMinutes: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120')
    .nullish()
    .transform((m) => m ?? DEFAULT_ADMISSION_MINUTES),
});
export type QueuePolicyInput = z.output<typeof queuePolicyInput>;

/** Why a waiting room cannot open then, or null: it opens in the future and before the event starts. */
export function queueTimingProblem(policy: Pick<QueuePolicyInput, 'opensAt'>, startsAt: Date, now: Date): string | null {
  if (policy.opensAt.getTime() <= now.getTime()) return 'queue.opensAt: must be in the future';
  if (policy.opensAt.getTime() >= startsAt.getTime()) return 'queue.opensAt: must be before the event starts';
  return null;
}
