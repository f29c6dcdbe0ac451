import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';

// Hand-written for now; to be replaced by the client codegen output.

export interface EventsListQuery {
  events: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        venue: string;
        /** DateTime scalar, ISO-8601 string. */
        startsAt: string;
      };
    }>;
  };
}

export type EventsListQueryVariables = Record<string, never>;

export const EventsListDocument: TypedDocumentNode<EventsListQuery, EventsListQueryVariables> = gql`
  query EventsList {
    events(first: 20) {
      edges {
        node {
          id
          name
          venue
          startsAt
        }
      }
    }
  }
`;
