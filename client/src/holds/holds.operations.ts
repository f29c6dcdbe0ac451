import { graphql } from '../generated/index.ts';

export const HoldFieldsFragment = graphql(`
  fragment HoldFields on Hold {
    id
    eventId
    status
    expiresAt
    maxExpiresAt
    expiringSoon
    totalCents
    currency
    seats {
      ...SeatState
      section
      row
      number
      tier {
        id
        name
        priceCents
        currency
      }
    }
    tickets {
      quantity
      unitPriceCents
      tier {
        id
        name
      }
    }
  }
`);

export const HoldUpdatedSubscription = graphql(`
  subscription HoldUpdated {
    holdUpdated {
      ...HoldFields
    }
  }
`);

export const HoldTicketsMutation = graphql(`
  mutation HoldTickets($tierId: ID!, $quantity: Int!) {
    holdTickets(tierId: $tierId, quantity: $quantity) {
      ...HoldFields
    }
  }
`);

export const ExtendHoldMutation = graphql(`
  mutation ExtendHold($holdId: ID!) {
    extendHold(holdId: $holdId) {
      ...HoldFields
    }
  }
`);

export const ReleaseHoldMutation = graphql(`
  mutation ReleaseHold($holdId: ID!) {
    releaseHold(holdId: $holdId) {
      ...HoldFields
    }
  }
`);
