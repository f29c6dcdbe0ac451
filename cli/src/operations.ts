import { graphql } from './generated/index.ts';

/** Every operation this integration uses, typed from the published schema by graphql-codegen. */

export const LogInDocument = graphql(`
  mutation CliLogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      token
      user { id role }
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation CliSignUp($email: String!, $password: String!, $name: String!) {
    signUp(email: $email, password: $password, name: $name) {
      token
      user { id role }
    }
  }
`);

export const EventsDocument = graphql(`
  query CliEvents($first: Int, $after: String) {
    events(first: $first, after: $after) {
      totalCount
      edges { node { id name venue startsAt status capacity available } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const EventSeatsDocument = graphql(`
  query CliEventSeats($id: ID!) {
    event(id: $id) {
      id
      name
      perOrderLimit
      tiers { id name kind priceCents currency capacity available held sold }
      seats { id version status section row number tier { id } }
    }
  }
`);

export const ReserveSeatDocument = graphql(`
  mutation CliReserveSeat($id: ID!, $version: Int!) {
    reserveSeat(id: $id, version: $version) { id version status }
  }
`);

export const ReserveBestDocument = graphql(`
  mutation CliReserveBest($eventId: ID!, $tierId: ID!, $quantity: Int!) {
    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) { id version status section row number }
  }
`);

export const ReleaseSeatDocument = graphql(`
  mutation CliReleaseSeat($id: ID!) {
    releaseSeat(id: $id) { id version status }
  }
`);

export const HoldTicketsDocument = graphql(`
  mutation CliHoldTickets($tierId: ID!, $quantity: Int!) {
    holdTickets(tierId: $tierId, quantity: $quantity) { id status expiresAt totalCents }
  }
`);

export const MyHoldsDocument = graphql(`
  query CliMyHolds {
    me { holds { id eventId status expiresAt totalCents currency seats { id } } }
  }
`);

export const CheckoutDocument = graphql(`
  mutation CliCheckout($holdId: ID!, $key: String!) {
    checkout(holdId: $holdId, idempotencyKey: $key) { id status totalCents currency tickets { id priceCents seat { id } } }
  }
`);

export const CancelOrderDocument = graphql(`
  mutation CliCancelOrder($id: ID!) {
    cancelOrder(id: $id) { id status }
  }
`);

export const SeatUpdatedDocument = graphql(`
  subscription CliSeatUpdated($eventId: ID!) {
    seatUpdated(eventId: $eventId) { id version status }
  }
`);

export const SeatDocument = graphql(`
  query CliSeat($id: ID!) {
    seat(id: $id) { id version status section row number }
  }
`);

export const CreateEventDocument = graphql(`
  mutation CliCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) { id }
  }
`);

export const PublishEventDocument = graphql(`
  mutation CliPublishEvent($id: ID!) {
    publishEvent(id: $id) { id status }
  }
`);

export const ExtendHoldDocument = graphql(`
  mutation CliExtendHold($holdId: ID!) {
    extendHold(holdId: $holdId) { id status expiresAt }
  }
`);

export const MyHoldsLabelledDocument = graphql(`
  query CliMyHoldsLabelled {
    me { id holds { id eventId status expiresAt totalCents currency heldSeats { priceCents seat { id label } } tickets { quantity tier { name } } } }
  }
`);

export const CreateHoldTokenDocument = graphql(`
  mutation CliCreateHoldToken($eventId: ID!) {
    createHoldToken(eventId: $eventId) { token expiresAt hold { id eventId expiresAt } }
  }
`);

export const ReserveForDocument = graphql(`
  mutation CliReserveFor($id: ID!, $version: Int!, $holdToken: String) {
    reserveSeat(id: $id, version: $version, holdToken: $holdToken) { id version status label hold { id expiresAt } }
  }
`);

export const ReleaseForDocument = graphql(`
  mutation CliReleaseFor($id: ID!, $holdToken: String) {
    releaseSeat(id: $id, holdToken: $holdToken) { id version status label }
  }
`);

export const HoldTicketsForDocument = graphql(`
  mutation CliHoldTicketsFor($tierId: ID!, $quantity: Int!, $holdToken: String) {
    holdTickets(tierId: $tierId, quantity: $quantity, holdToken: $holdToken) { id status expiresAt totalCents }
  }
`);

export const CheckoutForDocument = graphql(`
  mutation CliCheckoutFor($holdId: ID!, $key: String!, $buyer: BuyerInput) {
    checkout(holdId: $holdId, idempotencyKey: $key, buyer: $buyer) {
      id status totalCents currency buyer { email name }
      tickets { id priceCents secret seat { id label } tier { name } }
    }
  }
`);

export const OrderDocument = graphql(`
  query CliOrder($id: ID!) {
    order(id: $id) {
      id status totalCents currency createdAt event { id name } buyer { email name }
      tickets { id priceCents secret checkedInAt seat { id label } tier { name } }
    }
  }
`);

export const EventOrdersDocument = graphql(`
  query CliEventOrders($eventId: ID!, $first: Int, $after: String, $search: String) {
    event(id: $eventId) {
      id
      name
      orders(first: $first, after: $after, search: $search) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id } } }
      }
    }
  }
`);

export const CheckInDocument = graphql(`
  mutation CliCheckIn($eventId: ID!, $secret: String!) {
    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { label } tier { name } } }
  }
`);

export const CreateWebhookDocument = graphql(`
  mutation CliCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) { webhook { id url types } secret }
  }
`);

export const JoinQueueDocument = graphql(`
  mutation CliJoinQueue($eventId: ID!) {
    joinQueue(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }
  }
`);

export const QueueUpdatedDocument = graphql(`
  subscription CliQueueUpdated($eventId: ID!) {
    queueUpdated(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }
  }
`);
