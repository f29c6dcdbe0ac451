import type { CheckInStatus } from '../generated/graphql.ts';

/** What the door shows for each answer: big, one word and a colour, so staff read it at a glance. */
export function checkInDisplay(status: CheckInStatus): { headline: string; detail: string; tone: 'go' | 'stop' | 'warn' } {
  switch (status) {
    case 'CHECKED_IN':
      return { headline: 'Welcome', detail: 'Valid ticket: let them in.', tone: 'go' };
    case 'ALREADY_CHECKED_IN':
      return { headline: 'Already in', detail: 'This ticket was scanned before.', tone: 'stop' };
    case 'CANCELLED':
      return { headline: 'Cancelled', detail: 'The order of this ticket was cancelled.', tone: 'stop' };
    case 'WRONG_EVENT':
      return { headline: 'Wrong event', detail: 'This ticket is for another event.', tone: 'warn' };
    case 'UNKNOWN':
      return { headline: 'Unknown', detail: 'No ticket has this code.', tone: 'stop' };
  }
}
