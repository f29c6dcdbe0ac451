import { graphql } from '../generated/index.ts';

export const CheckInMutation = graphql(`
  mutation DoorCheckIn($eventId: ID!, $secret: String!) {
    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { id label } tier { name } } }
  }
`);
