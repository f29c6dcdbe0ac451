import { graphql } from '../generated/index.ts';

export const OrderFieldsFragment = graphql(`
  fragment OrderFields on Order {
    id
    eventId
    status
    totalCents
    currency
    createdAt
    idempotencyKey
    tickets {
      id
      priceCents
      secret
      qrCodeSvg
      checkedInAt
      tier {
        id
        name
      }
      seat {
        id
        section
        row
        number
      }
    }
  }
`);

export const CheckoutMutation = graphql(`
  mutation Checkout($holdId: ID!, $idempotencyKey: String!) {
    checkout(holdId: $holdId, idempotencyKey: $idempotencyKey) {
      ...OrderFields
    }
  }
`);

export const CancelOrderMutation = graphql(`
  mutation CancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      ...OrderFields
    }
  }
`);

export const OrderEventQuery = graphql(`
  query OrderEvent($id: ID!) {
    event(id: $id) {
      id
      name
      venue
      startsAt
    }
  }
`);
