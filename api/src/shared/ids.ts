import { badInput } from './errors.ts';

/** GraphQL IDs are strings; ours are positive integers underneath. */
export function parseId(value: string, what = 'id'): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value) || Number(value) > 2_147_483_647) {
    throw badInput(`${what} "${value.slice(0, 40)}" is not a valid id`);
  }
  return Number(value);
}

export const toId = (n: number): string => String(n);
