import { useMutation } from '@apollo/client/react';
import { graphql } from '../generated/index.ts';

export const CheckInMutation = graphql(`
  mutation DoorCheckIn($eventId: ID!, $secret: String!) {
    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { id label } tier { name } } }
  }
`);

/** One scan at the door: always an answer (CHECKED_IN, ALREADY_CHECKED_IN, ...), never an error for a bad ticket. */
export function useCheckIn() {
  return useMutation(CheckInMutation);
}
