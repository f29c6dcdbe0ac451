/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      holds {\n        ...HoldFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($email: String!, $password: String!, $name: String!, $organizerInvite: String) {\n    signUp(email: $email, password: $password, name: $name, organizerInvite: $organizerInvite) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation DoorCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { id label } tier { name } } }\n  }\n": typeof types.DoorCheckInDocument,
    "\n  fragment TierFields on Tier {\n    id\n    eventId\n    name\n    kind\n    priceCents\n    currency\n    capacity\n    available\n    held\n    sold\n    version\n  }\n": typeof types.TierFieldsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      perOrderLimit\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  fragment EventSummary on Event {\n    id\n    name\n    venue\n    startsAt\n    status\n    capacity\n    available\n  }\n": typeof types.EventSummaryFragmentDoc,
    "\n  query EventsList($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.EventsListDocument,
    "\n  query EventAvailability($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      available\n    }\n  }\n": typeof types.EventAvailabilityDocument,
    "\n  fragment HoldFields on Hold {\n    id\n    eventId\n    status\n    expiresAt\n    maxExpiresAt\n    expiringSoon\n    totalCents\n    currency\n    seats {\n      ...SeatState\n      section\n      row\n      number\n      tier {\n        id\n        name\n        priceCents\n        currency\n      }\n    }\n    tickets {\n      quantity\n      unitPriceCents\n      tier {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HoldFieldsFragmentDoc,
    "\n  mutation ExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n": typeof types.ExtendHoldDocument,
    "\n  mutation HoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) {\n      ...HoldFields\n    }\n  }\n": typeof types.HoldTicketsDocument,
    "\n  subscription HoldUpdated {\n    holdUpdated {\n      ...HoldFields\n    }\n  }\n": typeof types.HoldUpdatedDocument,
    "\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n": typeof types.ReleaseHoldDocument,
    "\n  subscription SeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) {\n      ...SeatState\n    }\n  }\n": typeof types.SeatUpdatedDocument,
    "\n  subscription TierUpdated($eventId: ID!) {\n    tierUpdated(eventId: $eventId) {\n      ...TierCounts\n    }\n  }\n": typeof types.TierUpdatedDocument,
    "\n  fragment SeatState on Seat {\n    id\n    version\n    status\n    heldByMe\n  }\n": typeof types.SeatStateFragmentDoc,
    "\n  fragment TierCounts on Tier {\n    id\n    version\n    capacity\n    available\n    held\n    sold\n  }\n": typeof types.TierCountsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    eventId\n    status\n    totalCents\n    currency\n    createdAt\n    idempotencyKey\n    tickets {\n      id\n      priceCents\n      secret\n      qrCodeSvg\n      checkedInAt\n      tier {\n        id\n        name\n      }\n      seat {\n        id\n        section\n        row\n        number\n      }\n    }\n  }\n": typeof types.OrderFieldsFragmentDoc,
    "\n  query OrderEvent($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      venue\n      startsAt\n    }\n  }\n": typeof types.OrderEventDocument,
    "\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...OrderFields\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation Checkout($holdId: ID!, $idempotencyKey: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n": typeof types.CheckoutDocument,
    "\n  query SalesDashboard($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n": typeof types.SalesDashboardDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventSummary\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventSummary\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  query MyEvents {\n    events(first: 100) { edges { node { id name status organizedByMe } } }\n  }\n": typeof types.MyEventsDocument,
    "\n  query ApiKeys {\n    apiKeys { id name secretPrefix scopes createdAt lastUsedAt revokedAt events { id name } }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query Webhooks {\n    webhooks { id url types createdAt events { id name } }\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id messageId type status createdAt nextAttemptAt deliveredAt payload attempts { attemptedAt statusCode error durationMs } } }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query EventOrders($eventId: ID!, $search: String, $after: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: 50, search: $search, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id checkedInAt seat { id label } tier { name } } } }\n      }\n    }\n  }\n": typeof types.EventOrdersDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id } }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) { id }\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment QueueTicketFields on QueueTicket {\n    id\n    eventId\n    status\n    position\n    aheadOfYou\n    estimatedWaitSeconds\n    joinedAt\n    admittedAt\n    admittedUntil\n  }\n": typeof types.QueueTicketFieldsFragmentDoc,
    "\n  fragment EventQueueRoom on Event {\n    id\n    queue {\n      opensAt\n      admitPerMinute\n      admissionMinutes\n      shuffledAt\n    }\n  }\n": typeof types.EventQueueRoomFragmentDoc,
    "\n  query EventQueue($eventId: ID!, $signedIn: Boolean!) {\n    event(id: $eventId) {\n      ...EventQueueRoom\n    }\n    queueTicket(eventId: $eventId) @include(if: $signedIn) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.EventQueueDocument,
    "\n  query QueueTicket($eventId: ID!) {\n    queueTicket(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.QueueTicketDocument,
    "\n  subscription QueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.QueueUpdatedDocument,
    "\n  fragment QueueStatsFields on QueueStats {\n    eventId\n    waiting\n    admitted\n    holding\n    expired\n    admittedTotal\n    admittedLastMinute\n    updatedAt\n  }\n": typeof types.QueueStatsFieldsFragmentDoc,
    "\n  query EventQueueStats($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      queue {\n        opensAt\n        admitPerMinute\n        admissionMinutes\n        shuffledAt\n        shuffleSeed\n        stats {\n          ...QueueStatsFields\n        }\n      }\n    }\n  }\n": typeof types.EventQueueStatsDocument,
    "\n  subscription QueueStatsUpdated($eventId: ID!) {\n    queueStatsUpdated(eventId: $eventId) {\n      ...QueueStatsFields\n    }\n  }\n": typeof types.QueueStatsUpdatedDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    tierId\n    quantity\n    status\n    position\n    offered\n    createdAt\n  }\n": typeof types.WaitlistEntryFieldsFragmentDoc,
    "\n  query MyWaitlist {\n    me {\n      id\n      waitlist {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n": typeof types.MyWaitlistDocument,
    "\n  subscription OfferedHolds {\n    holdUpdated {\n      id\n      status\n      waitlistEntry {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n": typeof types.OfferedHoldsDocument,
    "\n  mutation JoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n": typeof types.JoinQueueDocument,
    "\n  mutation JoinWaitlist($tierId: ID!, $quantity: Int!) {\n    joinWaitlist(tierId: $tierId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.LeaveWaitlistDocument,
    "\n  mutation ReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) {\n      ...SeatState\n    }\n  }\n": typeof types.ReleaseSeatDocument,
    "\n  mutation ReserveBestAvailable($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) {\n      ...SeatState\n      section\n      row\n      number\n    }\n  }\n": typeof types.ReserveBestAvailableDocument,
    "\n  mutation ReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) {\n      ...SeatState\n    }\n  }\n": typeof types.ReserveSeatDocument,
    "\n  mutation ReserveSeats($seats: [SeatVersionInput!]!) {\n    reserveSeats(seats: $seats) {\n      ...SeatState\n    }\n  }\n": typeof types.ReserveSeatsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      holds {\n        ...HoldFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($email: String!, $password: String!, $name: String!, $organizerInvite: String) {\n    signUp(email: $email, password: $password, name: $name, organizerInvite: $organizerInvite) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation DoorCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { id label } tier { name } } }\n  }\n": types.DoorCheckInDocument,
    "\n  fragment TierFields on Tier {\n    id\n    eventId\n    name\n    kind\n    priceCents\n    currency\n    capacity\n    available\n    held\n    sold\n    version\n  }\n": types.TierFieldsFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      perOrderLimit\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n": types.EventPageDocument,
    "\n  fragment EventSummary on Event {\n    id\n    name\n    venue\n    startsAt\n    status\n    capacity\n    available\n  }\n": types.EventSummaryFragmentDoc,
    "\n  query EventsList($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.EventsListDocument,
    "\n  query EventAvailability($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      available\n    }\n  }\n": types.EventAvailabilityDocument,
    "\n  fragment HoldFields on Hold {\n    id\n    eventId\n    status\n    expiresAt\n    maxExpiresAt\n    expiringSoon\n    totalCents\n    currency\n    seats {\n      ...SeatState\n      section\n      row\n      number\n      tier {\n        id\n        name\n        priceCents\n        currency\n      }\n    }\n    tickets {\n      quantity\n      unitPriceCents\n      tier {\n        id\n        name\n      }\n    }\n  }\n": types.HoldFieldsFragmentDoc,
    "\n  mutation ExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n": types.ExtendHoldDocument,
    "\n  mutation HoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) {\n      ...HoldFields\n    }\n  }\n": types.HoldTicketsDocument,
    "\n  subscription HoldUpdated {\n    holdUpdated {\n      ...HoldFields\n    }\n  }\n": types.HoldUpdatedDocument,
    "\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n": types.ReleaseHoldDocument,
    "\n  subscription SeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) {\n      ...SeatState\n    }\n  }\n": types.SeatUpdatedDocument,
    "\n  subscription TierUpdated($eventId: ID!) {\n    tierUpdated(eventId: $eventId) {\n      ...TierCounts\n    }\n  }\n": types.TierUpdatedDocument,
    "\n  fragment SeatState on Seat {\n    id\n    version\n    status\n    heldByMe\n  }\n": types.SeatStateFragmentDoc,
    "\n  fragment TierCounts on Tier {\n    id\n    version\n    capacity\n    available\n    held\n    sold\n  }\n": types.TierCountsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    eventId\n    status\n    totalCents\n    currency\n    createdAt\n    idempotencyKey\n    tickets {\n      id\n      priceCents\n      secret\n      qrCodeSvg\n      checkedInAt\n      tier {\n        id\n        name\n      }\n      seat {\n        id\n        section\n        row\n        number\n      }\n    }\n  }\n": types.OrderFieldsFragmentDoc,
    "\n  query OrderEvent($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      venue\n      startsAt\n    }\n  }\n": types.OrderEventDocument,
    "\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...OrderFields\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation Checkout($holdId: ID!, $idempotencyKey: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n": types.CheckoutDocument,
    "\n  query SalesDashboard($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n": types.SalesDashboardDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventSummary\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventSummary\n    }\n  }\n": types.PublishEventDocument,
    "\n  query MyEvents {\n    events(first: 100) { edges { node { id name status organizedByMe } } }\n  }\n": types.MyEventsDocument,
    "\n  query ApiKeys {\n    apiKeys { id name secretPrefix scopes createdAt lastUsedAt revokedAt events { id name } }\n  }\n": types.ApiKeysDocument,
    "\n  query Webhooks {\n    webhooks { id url types createdAt events { id name } }\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id messageId type status createdAt nextAttemptAt deliveredAt payload attempts { attemptedAt statusCode error durationMs } } }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query EventOrders($eventId: ID!, $search: String, $after: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: 50, search: $search, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id checkedInAt seat { id label } tier { name } } } }\n      }\n    }\n  }\n": types.EventOrdersDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id } }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) { id }\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment QueueTicketFields on QueueTicket {\n    id\n    eventId\n    status\n    position\n    aheadOfYou\n    estimatedWaitSeconds\n    joinedAt\n    admittedAt\n    admittedUntil\n  }\n": types.QueueTicketFieldsFragmentDoc,
    "\n  fragment EventQueueRoom on Event {\n    id\n    queue {\n      opensAt\n      admitPerMinute\n      admissionMinutes\n      shuffledAt\n    }\n  }\n": types.EventQueueRoomFragmentDoc,
    "\n  query EventQueue($eventId: ID!, $signedIn: Boolean!) {\n    event(id: $eventId) {\n      ...EventQueueRoom\n    }\n    queueTicket(eventId: $eventId) @include(if: $signedIn) {\n      ...QueueTicketFields\n    }\n  }\n": types.EventQueueDocument,
    "\n  query QueueTicket($eventId: ID!) {\n    queueTicket(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n": types.QueueTicketDocument,
    "\n  subscription QueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n": types.QueueUpdatedDocument,
    "\n  fragment QueueStatsFields on QueueStats {\n    eventId\n    waiting\n    admitted\n    holding\n    expired\n    admittedTotal\n    admittedLastMinute\n    updatedAt\n  }\n": types.QueueStatsFieldsFragmentDoc,
    "\n  query EventQueueStats($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      queue {\n        opensAt\n        admitPerMinute\n        admissionMinutes\n        shuffledAt\n        shuffleSeed\n        stats {\n          ...QueueStatsFields\n        }\n      }\n    }\n  }\n": types.EventQueueStatsDocument,
    "\n  subscription QueueStatsUpdated($eventId: ID!) {\n    queueStatsUpdated(eventId: $eventId) {\n      ...QueueStatsFields\n    }\n  }\n": types.QueueStatsUpdatedDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    tierId\n    quantity\n    status\n    position\n    offered\n    createdAt\n  }\n": types.WaitlistEntryFieldsFragmentDoc,
    "\n  query MyWaitlist {\n    me {\n      id\n      waitlist {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n": types.MyWaitlistDocument,
    "\n  subscription OfferedHolds {\n    holdUpdated {\n      id\n      status\n      waitlistEntry {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n": types.OfferedHoldsDocument,
    "\n  mutation JoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n": types.JoinQueueDocument,
    "\n  mutation JoinWaitlist($tierId: ID!, $quantity: Int!) {\n    joinWaitlist(tierId: $tierId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.LeaveWaitlistDocument,
    "\n  mutation ReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) {\n      ...SeatState\n    }\n  }\n": types.ReleaseSeatDocument,
    "\n  mutation ReserveBestAvailable($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) {\n      ...SeatState\n      section\n      row\n      number\n    }\n  }\n": types.ReserveBestAvailableDocument,
    "\n  mutation ReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) {\n      ...SeatState\n    }\n  }\n": types.ReserveSeatDocument,
    "\n  mutation ReserveSeats($seats: [SeatVersionInput!]!) {\n    reserveSeats(seats: $seats) {\n      ...SeatState\n    }\n  }\n": types.ReserveSeatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      holds {\n        ...HoldFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      holds {\n        ...HoldFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($email: String!, $password: String!, $name: String!, $organizerInvite: String) {\n    signUp(email: $email, password: $password, name: $name, organizerInvite: $organizerInvite) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($email: String!, $password: String!, $name: String!, $organizerInvite: String) {\n    signUp(email: $email, password: $password, name: $name, organizerInvite: $organizerInvite) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DoorCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { id label } tier { name } } }\n  }\n"): (typeof documents)["\n  mutation DoorCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { id label } tier { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierFields on Tier {\n    id\n    eventId\n    name\n    kind\n    priceCents\n    currency\n    capacity\n    available\n    held\n    sold\n    version\n  }\n"): (typeof documents)["\n  fragment TierFields on Tier {\n    id\n    eventId\n    name\n    kind\n    priceCents\n    currency\n    capacity\n    available\n    held\n    sold\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      perOrderLimit\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      perOrderLimit\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSummary on Event {\n    id\n    name\n    venue\n    startsAt\n    status\n    capacity\n    available\n  }\n"): (typeof documents)["\n  fragment EventSummary on Event {\n    id\n    name\n    venue\n    startsAt\n    status\n    capacity\n    available\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsList($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EventsList($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EventSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAvailability($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      available\n    }\n  }\n"): (typeof documents)["\n  query EventAvailability($id: ID!) {\n    event(id: $id) {\n      id\n      capacity\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoldFields on Hold {\n    id\n    eventId\n    status\n    expiresAt\n    maxExpiresAt\n    expiringSoon\n    totalCents\n    currency\n    seats {\n      ...SeatState\n      section\n      row\n      number\n      tier {\n        id\n        name\n        priceCents\n        currency\n      }\n    }\n    tickets {\n      quantity\n      unitPriceCents\n      tier {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HoldFields on Hold {\n    id\n    eventId\n    status\n    expiresAt\n    maxExpiresAt\n    expiringSoon\n    totalCents\n    currency\n    seats {\n      ...SeatState\n      section\n      row\n      number\n      tier {\n        id\n        name\n        priceCents\n        currency\n      }\n    }\n    tickets {\n      quantity\n      unitPriceCents\n      tier {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) {\n      ...HoldFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) {\n      ...HoldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HoldUpdated {\n    holdUpdated {\n      ...HoldFields\n    }\n  }\n"): (typeof documents)["\n  subscription HoldUpdated {\n    holdUpdated {\n      ...HoldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseHold($holdId: ID!) {\n    releaseHold(holdId: $holdId) {\n      ...HoldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) {\n      ...SeatState\n    }\n  }\n"): (typeof documents)["\n  subscription SeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) {\n      ...SeatState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TierUpdated($eventId: ID!) {\n    tierUpdated(eventId: $eventId) {\n      ...TierCounts\n    }\n  }\n"): (typeof documents)["\n  subscription TierUpdated($eventId: ID!) {\n    tierUpdated(eventId: $eventId) {\n      ...TierCounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatState on Seat {\n    id\n    version\n    status\n    heldByMe\n  }\n"): (typeof documents)["\n  fragment SeatState on Seat {\n    id\n    version\n    status\n    heldByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierCounts on Tier {\n    id\n    version\n    capacity\n    available\n    held\n    sold\n  }\n"): (typeof documents)["\n  fragment TierCounts on Tier {\n    id\n    version\n    capacity\n    available\n    held\n    sold\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFields on Order {\n    id\n    eventId\n    status\n    totalCents\n    currency\n    createdAt\n    idempotencyKey\n    tickets {\n      id\n      priceCents\n      secret\n      qrCodeSvg\n      checkedInAt\n      tier {\n        id\n        name\n      }\n      seat {\n        id\n        section\n        row\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderFields on Order {\n    id\n    eventId\n    status\n    totalCents\n    currency\n    createdAt\n    idempotencyKey\n    tickets {\n      id\n      priceCents\n      secret\n      qrCodeSvg\n      checkedInAt\n      tier {\n        id\n        name\n      }\n      seat {\n        id\n        section\n        row\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderEvent($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      venue\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  query OrderEvent($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      venue\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Checkout($holdId: ID!, $idempotencyKey: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation Checkout($holdId: ID!, $idempotencyKey: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesDashboard($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesDashboard($id: ID!) {\n    event(id: $id) {\n      ...EventSummary\n      tiers {\n        ...TierFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventSummary\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...EventSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEvents {\n    events(first: 100) { edges { node { id name status organizedByMe } } }\n  }\n"): (typeof documents)["\n  query MyEvents {\n    events(first: 100) { edges { node { id name status organizedByMe } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys { id name secretPrefix scopes createdAt lastUsedAt revokedAt events { id name } }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys { id name secretPrefix scopes createdAt lastUsedAt revokedAt events { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks { id url types createdAt events { id name } }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks { id url types createdAt events { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id messageId type status createdAt nextAttemptAt deliveredAt payload attempts { attemptedAt statusCode error durationMs } } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($webhookId: ID!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id messageId type status createdAt nextAttemptAt deliveredAt payload attempts { attemptedAt statusCode error durationMs } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventOrders($eventId: ID!, $search: String, $after: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: 50, search: $search, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id checkedInAt seat { id label } tier { name } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventOrders($eventId: ID!, $search: String, $after: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: 50, search: $search, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id checkedInAt seat { id label } tier { name } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id } }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueTicketFields on QueueTicket {\n    id\n    eventId\n    status\n    position\n    aheadOfYou\n    estimatedWaitSeconds\n    joinedAt\n    admittedAt\n    admittedUntil\n  }\n"): (typeof documents)["\n  fragment QueueTicketFields on QueueTicket {\n    id\n    eventId\n    status\n    position\n    aheadOfYou\n    estimatedWaitSeconds\n    joinedAt\n    admittedAt\n    admittedUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventQueueRoom on Event {\n    id\n    queue {\n      opensAt\n      admitPerMinute\n      admissionMinutes\n      shuffledAt\n    }\n  }\n"): (typeof documents)["\n  fragment EventQueueRoom on Event {\n    id\n    queue {\n      opensAt\n      admitPerMinute\n      admissionMinutes\n      shuffledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventQueue($eventId: ID!, $signedIn: Boolean!) {\n    event(id: $eventId) {\n      ...EventQueueRoom\n    }\n    queueTicket(eventId: $eventId) @include(if: $signedIn) {\n      ...QueueTicketFields\n    }\n  }\n"): (typeof documents)["\n  query EventQueue($eventId: ID!, $signedIn: Boolean!) {\n    event(id: $eventId) {\n      ...EventQueueRoom\n    }\n    queueTicket(eventId: $eventId) @include(if: $signedIn) {\n      ...QueueTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueTicket($eventId: ID!) {\n    queueTicket(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n"): (typeof documents)["\n  query QueueTicket($eventId: ID!) {\n    queueTicket(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n"): (typeof documents)["\n  subscription QueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueStatsFields on QueueStats {\n    eventId\n    waiting\n    admitted\n    holding\n    expired\n    admittedTotal\n    admittedLastMinute\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment QueueStatsFields on QueueStats {\n    eventId\n    waiting\n    admitted\n    holding\n    expired\n    admittedTotal\n    admittedLastMinute\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventQueueStats($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      queue {\n        opensAt\n        admitPerMinute\n        admissionMinutes\n        shuffledAt\n        shuffleSeed\n        stats {\n          ...QueueStatsFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventQueueStats($eventId: ID!) {\n    event(id: $eventId) {\n      id\n      queue {\n        opensAt\n        admitPerMinute\n        admissionMinutes\n        shuffledAt\n        shuffleSeed\n        stats {\n          ...QueueStatsFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueStatsUpdated($eventId: ID!) {\n    queueStatsUpdated(eventId: $eventId) {\n      ...QueueStatsFields\n    }\n  }\n"): (typeof documents)["\n  subscription QueueStatsUpdated($eventId: ID!) {\n    queueStatsUpdated(eventId: $eventId) {\n      ...QueueStatsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    tierId\n    quantity\n    status\n    position\n    offered\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    tierId\n    quantity\n    status\n    position\n    offered\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitlist {\n    me {\n      id\n      waitlist {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWaitlist {\n    me {\n      id\n      waitlist {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfferedHolds {\n    holdUpdated {\n      id\n      status\n      waitlistEntry {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OfferedHolds {\n    holdUpdated {\n      id\n      status\n      waitlistEntry {\n        ...WaitlistEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) {\n      ...QueueTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($tierId: ID!, $quantity: Int!) {\n    joinWaitlist(tierId: $tierId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitlist($tierId: ID!, $quantity: Int!) {\n    joinWaitlist(tierId: $tierId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) {\n      ...SeatState\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) {\n      ...SeatState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveBestAvailable($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) {\n      ...SeatState\n      section\n      row\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation ReserveBestAvailable($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) {\n      ...SeatState\n      section\n      row\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) {\n      ...SeatState\n    }\n  }\n"): (typeof documents)["\n  mutation ReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) {\n      ...SeatState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveSeats($seats: [SeatVersionInput!]!) {\n    reserveSeats(seats: $seats) {\n      ...SeatState\n    }\n  }\n"): (typeof documents)["\n  mutation ReserveSeats($seats: [SeatVersionInput!]!) {\n    reserveSeats(seats: $seats) {\n      ...SeatState\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;