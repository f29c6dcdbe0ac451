import type { z } from 'zod';
import { badInput } from './errors.ts';

/** Parses input with a zod schema; every problem becomes one readable BAD_USER_INPUT message. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw badInput(message);
}
