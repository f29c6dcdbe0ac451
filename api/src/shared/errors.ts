import { GraphQLError } from 'graphql';

/** The error codes of the API contract (docs/rules.md). Programs branch on these, never on messages. */
export const ErrorCode = {
  CONFLICT: 'CONFLICT',
  SOLD_OUT: 'SOLD_OUT',
  HOLD_EXPIRED: 'HOLD_EXPIRED',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  NOT_ADMITTED: 'NOT_ADMITTED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The state a client needs to repair its cache after a CONFLICT. */
export interface SeatState {
  id: string;
  version: number;
  status: string;
}

const httpStatus: Record<ErrorCode, number> = {
  CONFLICT: 200,
  SOLD_OUT: 200,
  HOLD_EXPIRED: 200,
  LIMIT_EXCEEDED: 200,
  NOT_FOUND: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 200,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  NOT_ADMITTED: 200,
  INTERNAL_SERVER_ERROR: 500,
};

/** A failure the domain expects; it reaches the client with its code and message as they are. */
export class DomainError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.code = code;
  }
}

/** `seat` is the first seat that changed; `seats` lists every one when several did. */
export const conflict = (seat: SeatState, message = `Seat ${seat.id} was just taken`, seats?: SeatState[]) =>
  new DomainError('CONFLICT', message, seats ? { seat, seats } : { seat });
export const soldOut = (message: string) => new DomainError('SOLD_OUT', message);
export const holdExpired = (message = 'This hold has expired or was released') => new DomainError('HOLD_EXPIRED', message);
export const limitExceeded = (limit: number) =>
  new DomainError('LIMIT_EXCEEDED', `At most ${limit} seats and tickets per buyer for this event`, { limit });
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `${what} ${id} not found`);
export const unauthenticated = (message = 'Sign in first') =>
  new DomainError('UNAUTHENTICATED', message, { http: { status: 401 } });
export const forbidden = (message = 'Not allowed') => new DomainError('FORBIDDEN', message);
export const badInput = (message: string) => new DomainError('BAD_USER_INPUT', message);

export function httpStatusFor(code: ErrorCode): number {
  return httpStatus[code];
}

const publicCodes = new Set<string>([
  ...Object.values(ErrorCode),
  // Raised by Apollo Server itself before any resolver runs.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
]);

/** True for errors whose message was written for the client; everything else gets masked. */
export function isPublicCode(code: unknown): boolean {
  return typeof code === 'string' && publicCodes.has(code);
}
