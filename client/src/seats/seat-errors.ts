import { errorCodeOf, errorMessageOf } from '../apollo/graphql-errors.ts';

/** Messages for the codes a seat or ticket request can meet, in the buyer's words. */
export function seatErrorMessage(error: unknown): string {
  switch (errorCodeOf(error)) {
    case 'UNAUTHENTICATED':
      return 'Log in to hold seats.';
    case 'LIMIT_EXCEEDED':
      return 'You already hold as many seats as one order allows.';
    case 'HOLD_EXPIRED':
      return 'Your hold has expired; the seats went back on sale.';
    case 'RATE_LIMITED':
      return 'Too many clicks at once; try again in a moment.';
    case 'SOLD_OUT':
      return 'Not that many are left.';
    case 'NETWORK':
      return 'No connection to the box office; nothing was changed.';
    default:
      return errorMessageOf(error);
  }
}
