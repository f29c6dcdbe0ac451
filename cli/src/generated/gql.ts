/* eslint-disable */
import * as types from './graphql.ts';
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
    "\n  mutation CliLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n": typeof types.CliLogInDocument,
    "\n  mutation CliSignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name) {\n      token\n      user { id role }\n    }\n  }\n": typeof types.CliSignUpDocument,
    "\n  query CliEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      edges { node { id name venue startsAt status capacity available } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CliEventsDocument,
    "\n  query CliEventSeats($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      perOrderLimit\n      tiers { id name kind priceCents currency capacity available held sold }\n      seats { id version status section row number tier { id } }\n    }\n  }\n": typeof types.CliEventSeatsDocument,
    "\n  mutation CliReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) { id version status }\n  }\n": typeof types.CliReserveSeatDocument,
    "\n  mutation CliReserveBest($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) { id version status section row number }\n  }\n": typeof types.CliReserveBestDocument,
    "\n  mutation CliReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) { id version status }\n  }\n": typeof types.CliReleaseSeatDocument,
    "\n  mutation CliHoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) { id status expiresAt totalCents }\n  }\n": typeof types.CliHoldTicketsDocument,
    "\n  query CliMyHolds {\n    me { holds { id eventId status expiresAt totalCents currency seats { id } } }\n  }\n": typeof types.CliMyHoldsDocument,
    "\n  mutation CliCheckout($holdId: ID!, $key: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $key) { id status totalCents currency tickets { id priceCents seat { id } } }\n  }\n": typeof types.CliCheckoutDocument,
    "\n  mutation CliCancelOrder($id: ID!) {\n    cancelOrder(id: $id) { id status }\n  }\n": typeof types.CliCancelOrderDocument,
    "\n  subscription CliSeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) { id version status }\n  }\n": typeof types.CliSeatUpdatedDocument,
    "\n  query CliSeat($id: ID!) {\n    seat(id: $id) { id version status section row number }\n  }\n": typeof types.CliSeatDocument,
    "\n  mutation CliCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id }\n  }\n": typeof types.CliCreateEventDocument,
    "\n  mutation CliPublishEvent($id: ID!) {\n    publishEvent(id: $id) { id status }\n  }\n": typeof types.CliPublishEventDocument,
    "\n  mutation CliExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) { id status expiresAt }\n  }\n": typeof types.CliExtendHoldDocument,
    "\n  query CliMyHoldsLabelled {\n    me { id holds { id eventId status expiresAt totalCents currency heldSeats { priceCents seat { id label } } tickets { quantity tier { name } } } }\n  }\n": typeof types.CliMyHoldsLabelledDocument,
    "\n  mutation CliCreateHoldToken($eventId: ID!) {\n    createHoldToken(eventId: $eventId) { token expiresAt hold { id eventId expiresAt } }\n  }\n": typeof types.CliCreateHoldTokenDocument,
    "\n  mutation CliReserveFor($id: ID!, $version: Int!, $holdToken: String) {\n    reserveSeat(id: $id, version: $version, holdToken: $holdToken) { id version status label hold { id expiresAt } }\n  }\n": typeof types.CliReserveForDocument,
    "\n  mutation CliReleaseFor($id: ID!, $holdToken: String) {\n    releaseSeat(id: $id, holdToken: $holdToken) { id version status label }\n  }\n": typeof types.CliReleaseForDocument,
    "\n  mutation CliHoldTicketsFor($tierId: ID!, $quantity: Int!, $holdToken: String) {\n    holdTickets(tierId: $tierId, quantity: $quantity, holdToken: $holdToken) { id status expiresAt totalCents }\n  }\n": typeof types.CliHoldTicketsForDocument,
    "\n  mutation CliCheckoutFor($holdId: ID!, $key: String!, $buyer: BuyerInput) {\n    checkout(holdId: $holdId, idempotencyKey: $key, buyer: $buyer) {\n      id status totalCents currency buyer { email name }\n      tickets { id priceCents secret seat { id label } tier { name } }\n    }\n  }\n": typeof types.CliCheckoutForDocument,
    "\n  query CliOrder($id: ID!) {\n    order(id: $id) {\n      id status totalCents currency createdAt event { id name } buyer { email name }\n      tickets { id priceCents secret checkedInAt seat { id label } tier { name } }\n    }\n  }\n": typeof types.CliOrderDocument,
    "\n  query CliEventOrders($eventId: ID!, $first: Int, $after: String, $search: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id } } }\n      }\n    }\n  }\n": typeof types.CliEventOrdersDocument,
    "\n  mutation CliCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { label } tier { name } } }\n  }\n": typeof types.CliCheckInDocument,
    "\n  mutation CliCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { webhook { id url types } secret }\n  }\n": typeof types.CliCreateWebhookDocument,
    "\n  mutation CliJoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n": typeof types.CliJoinQueueDocument,
    "\n  subscription CliQueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n": typeof types.CliQueueUpdatedDocument,
};
const documents: Documents = {
    "\n  mutation CliLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n": types.CliLogInDocument,
    "\n  mutation CliSignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name) {\n      token\n      user { id role }\n    }\n  }\n": types.CliSignUpDocument,
    "\n  query CliEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      edges { node { id name venue startsAt status capacity available } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CliEventsDocument,
    "\n  query CliEventSeats($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      perOrderLimit\n      tiers { id name kind priceCents currency capacity available held sold }\n      seats { id version status section row number tier { id } }\n    }\n  }\n": types.CliEventSeatsDocument,
    "\n  mutation CliReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) { id version status }\n  }\n": types.CliReserveSeatDocument,
    "\n  mutation CliReserveBest($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) { id version status section row number }\n  }\n": types.CliReserveBestDocument,
    "\n  mutation CliReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) { id version status }\n  }\n": types.CliReleaseSeatDocument,
    "\n  mutation CliHoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) { id status expiresAt totalCents }\n  }\n": types.CliHoldTicketsDocument,
    "\n  query CliMyHolds {\n    me { holds { id eventId status expiresAt totalCents currency seats { id } } }\n  }\n": types.CliMyHoldsDocument,
    "\n  mutation CliCheckout($holdId: ID!, $key: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $key) { id status totalCents currency tickets { id priceCents seat { id } } }\n  }\n": types.CliCheckoutDocument,
    "\n  mutation CliCancelOrder($id: ID!) {\n    cancelOrder(id: $id) { id status }\n  }\n": types.CliCancelOrderDocument,
    "\n  subscription CliSeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) { id version status }\n  }\n": types.CliSeatUpdatedDocument,
    "\n  query CliSeat($id: ID!) {\n    seat(id: $id) { id version status section row number }\n  }\n": types.CliSeatDocument,
    "\n  mutation CliCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id }\n  }\n": types.CliCreateEventDocument,
    "\n  mutation CliPublishEvent($id: ID!) {\n    publishEvent(id: $id) { id status }\n  }\n": types.CliPublishEventDocument,
    "\n  mutation CliExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) { id status expiresAt }\n  }\n": types.CliExtendHoldDocument,
    "\n  query CliMyHoldsLabelled {\n    me { id holds { id eventId status expiresAt totalCents currency heldSeats { priceCents seat { id label } } tickets { quantity tier { name } } } }\n  }\n": types.CliMyHoldsLabelledDocument,
    "\n  mutation CliCreateHoldToken($eventId: ID!) {\n    createHoldToken(eventId: $eventId) { token expiresAt hold { id eventId expiresAt } }\n  }\n": types.CliCreateHoldTokenDocument,
    "\n  mutation CliReserveFor($id: ID!, $version: Int!, $holdToken: String) {\n    reserveSeat(id: $id, version: $version, holdToken: $holdToken) { id version status label hold { id expiresAt } }\n  }\n": types.CliReserveForDocument,
    "\n  mutation CliReleaseFor($id: ID!, $holdToken: String) {\n    releaseSeat(id: $id, holdToken: $holdToken) { id version status label }\n  }\n": types.CliReleaseForDocument,
    "\n  mutation CliHoldTicketsFor($tierId: ID!, $quantity: Int!, $holdToken: String) {\n    holdTickets(tierId: $tierId, quantity: $quantity, holdToken: $holdToken) { id status expiresAt totalCents }\n  }\n": types.CliHoldTicketsForDocument,
    "\n  mutation CliCheckoutFor($holdId: ID!, $key: String!, $buyer: BuyerInput) {\n    checkout(holdId: $holdId, idempotencyKey: $key, buyer: $buyer) {\n      id status totalCents currency buyer { email name }\n      tickets { id priceCents secret seat { id label } tier { name } }\n    }\n  }\n": types.CliCheckoutForDocument,
    "\n  query CliOrder($id: ID!) {\n    order(id: $id) {\n      id status totalCents currency createdAt event { id name } buyer { email name }\n      tickets { id priceCents secret checkedInAt seat { id label } tier { name } }\n    }\n  }\n": types.CliOrderDocument,
    "\n  query CliEventOrders($eventId: ID!, $first: Int, $after: String, $search: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id } } }\n      }\n    }\n  }\n": types.CliEventOrdersDocument,
    "\n  mutation CliCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { label } tier { name } } }\n  }\n": types.CliCheckInDocument,
    "\n  mutation CliCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { webhook { id url types } secret }\n  }\n": types.CliCreateWebhookDocument,
    "\n  mutation CliJoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n": types.CliJoinQueueDocument,
    "\n  subscription CliQueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n": types.CliQueueUpdatedDocument,
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
export function graphql(source: "\n  mutation CliLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n"): (typeof documents)["\n  mutation CliLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      token\n      user { id role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name) {\n      token\n      user { id role }\n    }\n  }\n"): (typeof documents)["\n  mutation CliSignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name) {\n      token\n      user { id role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      edges { node { id name venue startsAt status capacity available } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CliEvents($first: Int, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      edges { node { id name venue startsAt status capacity available } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliEventSeats($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      perOrderLimit\n      tiers { id name kind priceCents currency capacity available held sold }\n      seats { id version status section row number tier { id } }\n    }\n  }\n"): (typeof documents)["\n  query CliEventSeats($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      perOrderLimit\n      tiers { id name kind priceCents currency capacity available held sold }\n      seats { id version status section row number tier { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) { id version status }\n  }\n"): (typeof documents)["\n  mutation CliReserveSeat($id: ID!, $version: Int!) {\n    reserveSeat(id: $id, version: $version) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliReserveBest($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) { id version status section row number }\n  }\n"): (typeof documents)["\n  mutation CliReserveBest($eventId: ID!, $tierId: ID!, $quantity: Int!) {\n    reserveBestAvailable(eventId: $eventId, tierId: $tierId, quantity: $quantity) { id version status section row number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) { id version status }\n  }\n"): (typeof documents)["\n  mutation CliReleaseSeat($id: ID!) {\n    releaseSeat(id: $id) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliHoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) { id status expiresAt totalCents }\n  }\n"): (typeof documents)["\n  mutation CliHoldTickets($tierId: ID!, $quantity: Int!) {\n    holdTickets(tierId: $tierId, quantity: $quantity) { id status expiresAt totalCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliMyHolds {\n    me { holds { id eventId status expiresAt totalCents currency seats { id } } }\n  }\n"): (typeof documents)["\n  query CliMyHolds {\n    me { holds { id eventId status expiresAt totalCents currency seats { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCheckout($holdId: ID!, $key: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $key) { id status totalCents currency tickets { id priceCents seat { id } } }\n  }\n"): (typeof documents)["\n  mutation CliCheckout($holdId: ID!, $key: String!) {\n    checkout(holdId: $holdId, idempotencyKey: $key) { id status totalCents currency tickets { id priceCents seat { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCancelOrder($id: ID!) {\n    cancelOrder(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation CliCancelOrder($id: ID!) {\n    cancelOrder(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CliSeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) { id version status }\n  }\n"): (typeof documents)["\n  subscription CliSeatUpdated($eventId: ID!) {\n    seatUpdated(eventId: $eventId) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSeat($id: ID!) {\n    seat(id: $id) { id version status section row number }\n  }\n"): (typeof documents)["\n  query CliSeat($id: ID!) {\n    seat(id: $id) { id version status section row number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CliCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliPublishEvent($id: ID!) {\n    publishEvent(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation CliPublishEvent($id: ID!) {\n    publishEvent(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) { id status expiresAt }\n  }\n"): (typeof documents)["\n  mutation CliExtendHold($holdId: ID!) {\n    extendHold(holdId: $holdId) { id status expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliMyHoldsLabelled {\n    me { id holds { id eventId status expiresAt totalCents currency heldSeats { priceCents seat { id label } } tickets { quantity tier { name } } } }\n  }\n"): (typeof documents)["\n  query CliMyHoldsLabelled {\n    me { id holds { id eventId status expiresAt totalCents currency heldSeats { priceCents seat { id label } } tickets { quantity tier { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCreateHoldToken($eventId: ID!) {\n    createHoldToken(eventId: $eventId) { token expiresAt hold { id eventId expiresAt } }\n  }\n"): (typeof documents)["\n  mutation CliCreateHoldToken($eventId: ID!) {\n    createHoldToken(eventId: $eventId) { token expiresAt hold { id eventId expiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliReserveFor($id: ID!, $version: Int!, $holdToken: String) {\n    reserveSeat(id: $id, version: $version, holdToken: $holdToken) { id version status label hold { id expiresAt } }\n  }\n"): (typeof documents)["\n  mutation CliReserveFor($id: ID!, $version: Int!, $holdToken: String) {\n    reserveSeat(id: $id, version: $version, holdToken: $holdToken) { id version status label hold { id expiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliReleaseFor($id: ID!, $holdToken: String) {\n    releaseSeat(id: $id, holdToken: $holdToken) { id version status label }\n  }\n"): (typeof documents)["\n  mutation CliReleaseFor($id: ID!, $holdToken: String) {\n    releaseSeat(id: $id, holdToken: $holdToken) { id version status label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliHoldTicketsFor($tierId: ID!, $quantity: Int!, $holdToken: String) {\n    holdTickets(tierId: $tierId, quantity: $quantity, holdToken: $holdToken) { id status expiresAt totalCents }\n  }\n"): (typeof documents)["\n  mutation CliHoldTicketsFor($tierId: ID!, $quantity: Int!, $holdToken: String) {\n    holdTickets(tierId: $tierId, quantity: $quantity, holdToken: $holdToken) { id status expiresAt totalCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCheckoutFor($holdId: ID!, $key: String!, $buyer: BuyerInput) {\n    checkout(holdId: $holdId, idempotencyKey: $key, buyer: $buyer) {\n      id status totalCents currency buyer { email name }\n      tickets { id priceCents secret seat { id label } tier { name } }\n    }\n  }\n"): (typeof documents)["\n  mutation CliCheckoutFor($holdId: ID!, $key: String!, $buyer: BuyerInput) {\n    checkout(holdId: $holdId, idempotencyKey: $key, buyer: $buyer) {\n      id status totalCents currency buyer { email name }\n      tickets { id priceCents secret seat { id label } tier { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliOrder($id: ID!) {\n    order(id: $id) {\n      id status totalCents currency createdAt event { id name } buyer { email name }\n      tickets { id priceCents secret checkedInAt seat { id label } tier { name } }\n    }\n  }\n"): (typeof documents)["\n  query CliOrder($id: ID!) {\n    order(id: $id) {\n      id status totalCents currency createdAt event { id name } buyer { email name }\n      tickets { id priceCents secret checkedInAt seat { id label } tier { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliEventOrders($eventId: ID!, $first: Int, $after: String, $search: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CliEventOrders($eventId: ID!, $first: Int, $after: String, $search: String) {\n    event(id: $eventId) {\n      id\n      name\n      orders(first: $first, after: $after, search: $search) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id status totalCents currency createdAt buyer { email name } tickets { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { label } tier { name } } }\n  }\n"): (typeof documents)["\n  mutation CliCheckIn($eventId: ID!, $secret: String!) {\n    checkIn(eventId: $eventId, secret: $secret) { status firstCheckedInAt ticket { id seat { label } tier { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { webhook { id url types } secret }\n  }\n"): (typeof documents)["\n  mutation CliCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { webhook { id url types } secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliJoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n"): (typeof documents)["\n  mutation CliJoinQueue($eventId: ID!) {\n    joinQueue(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CliQueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n"): (typeof documents)["\n  subscription CliQueueUpdated($eventId: ID!) {\n    queueUpdated(eventId: $eventId) { id status position aheadOfYou estimatedWaitSeconds admittedUntil }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;