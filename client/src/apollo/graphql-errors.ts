import { CombinedGraphQLErrors } from '@apollo/client';
import type { SeatStatus } from '../generated/graphql.ts';

/** The API's error codes (`extensions.code`), see docs/rules.md. */
export type ErrorCode =
  | 'CONFLICT'
  | 'SOLD_OUT'
  | 'HOLD_EXPIRED'
  | 'LIMIT_EXCEEDED'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'NOT_ADMITTED'
  | 'INTERNAL_SERVER_ERROR';

const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'CONFLICT',
  'SOLD_OUT',
  'HOLD_EXPIRED',
  'LIMIT_EXCEEDED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'NOT_ADMITTED',
  'INTERNAL_SERVER_ERROR',
]);

/** The first GraphQL error's code, or 'NETWORK' when the request never got a GraphQL answer. */
export function errorCodeOf(error: unknown): ErrorCode | 'NETWORK' {
  if (!CombinedGraphQLErrors.is(error)) return 'NETWORK';
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}

export function errorMessageOf(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? 'Something went wrong.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * What a CONFLICT error says about a seat (`extensions.seat`): no `heldByMe`. It is part of the
 * error's wire shape, so it lives here with the parsing; live/ repairs the cache from it.
 */
export interface ConflictSeat {
  id: string;
  version: number;
  status: SeatStatus;
}

const SEAT_STATUSES: ReadonlySet<string> = new Set<SeatStatus>(['AVAILABLE', 'HELD', 'SOLD']);

function toConflictSeat(value: unknown): ConflictSeat | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, version, status } = value as Record<string, unknown>;
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof version !== 'number') return null;
  if (typeof status !== 'string' || !SEAT_STATUSES.has(status)) return null;
  return { id: String(id), version, status: status as SeatStatus };
}

/** The seats a CONFLICT error reports as they are now (`extensions.seat` and `extensions.seats`). */
export function conflictSeatsOf(error: unknown): ConflictSeat[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const seats: ConflictSeat[] = [];
  for (const graphQLError of error.errors) {
    if (graphQLError.extensions?.['code'] !== 'CONFLICT') continue;
    const many = graphQLError.extensions['seats'];
    const candidates = [graphQLError.extensions['seat'], ...(Array.isArray(many) ? many : [])];
    for (const candidate of candidates) {
      const seat = toConflictSeat(candidate);
      if (seat && !seats.some((known) => known.id === seat.id)) seats.push(seat);
    }
  }
  return seats;
}
