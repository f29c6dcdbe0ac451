import { graphql } from '../generated/index.ts';

/** The signed-in person with their active holds and their orders: the hold panel and My tickets read it. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      holds {
        ...HoldFields
      }
      orders {
        ...OrderFields
      }
    }
  }
`);
