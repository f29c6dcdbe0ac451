/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The customer of a partner's sale, as the partner gives them at checkout. */
export type BuyerInput = {
  /** Where the customer gets their tickets. */
  email: string;
  /** The customer's name, 1 to 100 characters. */
  name: string;
};

/** What the door is told about a scanned ticket. A scanner needs an answer, not an error. */
export type CheckInStatus =
  /** The ticket was let in before (see `firstCheckedInAt`): do not let it in again. */
  | 'ALREADY_CHECKED_IN'
  /** The ticket's order was cancelled: it is not valid. */
  | 'CANCELLED'
  /** Welcome: this scan let the ticket in, the first time. */
  | 'CHECKED_IN'
  /** No ticket has this secret. */
  | 'UNKNOWN'
  /** A real ticket, but for another event. */
  | 'WRONG_EVENT';

/** Everything needed to create an event in DRAFT. */
export type CreateEventInput = {
  /** An arena's floor, drawn under the floor sections. */
  floor?: VenueShapeInput | null | undefined;
  /** Title shown to buyers. */
  name: string;
  /** Most seats plus tickets per buyer: 1 to 100; defaults to 8. */
  perOrderLimit?: number | null | undefined;
  /** A waiting room in front of the sale (see `QueuePolicy`); none when left out. */
  queue?: QueuePolicyInput | null | undefined;
  /** The seat-map generator: sections of rows of seats. Empty for general admission only. */
  sections?: Array<SectionInput> | null | undefined;
  /** The stage, drawn on the map (sections placed around it face it). */
  stage?: VenueShapeInput | null | undefined;
  /** When it starts; must be in the future. */
  startsAt: string;
  /** At least one tier. */
  tiers: Array<TierInput>;
  /** Where it happens. */
  venue: string;
};

/** What a new webhook receives and where. */
export type CreateWebhookInput = {
  /** One or more of the caller's own events. */
  eventIds: Array<string | number>;
  /** One or more kinds of change. */
  types: Array<WebhookType>;
  /** An http or https URL, at most 2,000 characters. */
  url: string;
};

/** Where an event is in its life. */
export type EventStatus =
  /** No longer selling. */
  | 'CLOSED'
  /** Being prepared by its organiser; only the organiser sees it. */
  | 'DRAFT'
  /** Published: buyers can see it and take seats and tickets. */
  | 'ON_SALE';

/** Where a hold stands. */
export type HoldStatus =
  /** Its seats and tickets are reserved for the buyer until `expiresAt`. */
  | 'ACTIVE'
  /** Turned into an order. */
  | 'CHECKED_OUT'
  /** Timed out; everything went back on sale. */
  | 'EXPIRED'
  /** Given up by the buyer; everything went back on sale. */
  | 'RELEASED';

/** Where an order stands. */
export type OrderStatus =
  /** Cancelled; its seats and tickets went back on sale. */
  | 'CANCELLED'
  /** Paid and valid. */
  | 'CONFIRMED';

/** An event's waiting room, as the organiser sets it. */
export type QueuePolicyInput = {
  /** How long each admission lasts, in minutes: 1 to 120; defaults to 10. */
  admissionMinutes?: number | null | undefined;
  /** Buyers admitted per minute: 1 to 100,000. */
  admitPerMinute: number;
  /** When admission starts: in the future, before the event starts. */
  opensAt: string;
};

/** Where a buyer stands in an event's waiting room. */
export type QueueStatus =
  /** Admitted: the buyer may reserve seats and hold tickets until `admittedUntil`. */
  | 'ADMITTED'
  /** The admission ran out before the buyer held anything; the turn went to the next in line. */
  | 'EXPIRED'
  /** In line: `position` and `aheadOfYou` say where; reserving is refused with `NOT_ADMITTED`. */
  | 'WAITING';

/** What an account may do. Buyers hold seats and buy tickets; organisers also create and publish events. */
export type Role =
  /** Holds seats, checks out, sees and cancels their own orders. */
  | 'BUYER'
  /** Everything a buyer does, plus creating and publishing events. */
  | 'ORGANIZER';

/** How a section's rows are labelled. */
export type RowLabelStyle =
  /** A, B, C, ... Z, AA, AB, ..., without I and O (they read as 1 and 0). */
  | 'LETTERS'
  /** 1, 2, 3, ... */
  | 'NUMBERS';

/** Rows `fromRow`..`toRow` (1-based, inclusive) of a section belong to one tier. */
export type RowRangeInput = {
  /** First row of the range, 1-based. */
  fromRow: number;
  /** Name of a RESERVED tier of this event. */
  tier: string;
  /** Last row of the range, inclusive. */
  toRow: number;
};

/** What a seat is for. Buyers filter by it (`Event.seats(kinds:)`, the layout's `seats.kind`). */
export type SeatKind =
  /** A seat beside a wheelchair place, for whoever comes with its user. */
  | 'COMPANION'
  /** A seat with part of the stage or floor hidden (a pillar, a sharp side angle). */
  | 'RESTRICTED_VIEW'
  /** An ordinary seat. */
  | 'STANDARD'
  /** A space for a wheelchair (no seat), with a companion seat beside it. */
  | 'WHEELCHAIR';

/** Seats `fromSeat`..`toSeat` (inclusive) of row `row` of a section are of one kind. */
export type SeatKindRangeInput = {
  /** First seat number of the range. */
  fromSeat: number;
  /** What the seats are for. */
  kind: SeatKind;
  /** The row, 1-based. */
  row: number;
  /** Last seat number of the range, inclusive. */
  toSeat: number;
};

/** Where a seat stands in the sale. */
export type SeatStatus =
  /** Can be reserved. */
  | 'AVAILABLE'
  /** In somebody's hold (maybe the caller's: see `heldByMe`). */
  | 'HELD'
  /** In a confirmed order. */
  | 'SOLD';

/**
 * A block of seats: `rows` rows of seats. Without a `placement`, sections are laid out left to right
 * in the order given, row 1 at the front. With one, the section sits around the venue's centre (a
 * hall's stage front, an arena's floor), its rows straight or curved around that centre.
 */
export type SectionInput = {
  /** An aisle one seat wide after each of these seat numbers of row 1; wider rows keep it at the same share of the row. */
  aisles?: Array<number> | null | undefined;
  /** Section name, for example A, 101 or Balcony. */
  name: string;
  /** Where the section sits around the venue's centre. Absent: the plain left-to-right layout. */
  placement?: SectionPlacementInput | null | undefined;
  /** How rows are labelled: NUMBERS (default) or LETTERS. */
  rowLabels?: RowLabelStyle | null | undefined;
  /** Number of rows, 1-based, row 1 nearest the stage or floor (1..200). */
  rows: number;
  /** Wheelchair places, companion seats and restricted views; every other seat is STANDARD. */
  seatKinds?: Array<SeatKindRangeInput> | null | undefined;
  /**
   * Each row has this many more seats than the one in front of it, for wedges that widen backwards
   * (0..20, default 0); a fraction adds a seat every few rows (row r has round(seatsPerRow + (r - 1) * seatsAddedPerRow) seats).
   */
  seatsAddedPerRow?: number | null | undefined;
  /** Seats in row 1, numbered 1.. from the seated buyer's left (1..500). */
  seatsPerRow: number;
  /**
   * Which tier each row range belongs to; every row must be covered exactly once. Absent: the
   * event's RESERVED tiers in the order given, by row range (the first at the front, the rows split
   * as evenly as possible).
   */
  tiers?: Array<RowRangeInput> | null | undefined;
};

/**
 * Where a section sits. Coordinates are in seat widths, x to the right and y down as drawn, (0, 0)
 * the venue's centre; bearings are in degrees clockwise as drawn, 0 meaning below the centre.
 */
export type SectionPlacementInput = {
  /** Bearing of the section's centre line from the venue's centre: 0 below it, 90 to its left, 180 above, 270 to its right. */
  angle: number;
  /** Degrees its rows span, curved around the venue's centre (0..360). 0 or absent: straight rows across the bearing. */
  arc?: number | null | undefined;
  /** Distance from the venue's centre to the section's front row (-1000..1000; negative: straight rows on the far side of the centre, such as floor seats before it; curved rows need a positive one). */
  offset: number;
  /** Straight rows only: slides the section sideways, to the right of its seated buyers (negative: to their left). */
  shift?: number | null | undefined;
};

/** A price category of a new event. */
export type TierInput = {
  /** Number of tickets, for general admission only (reserved tiers count their seats). */
  capacity?: number | null | undefined;
  /** ISO-4217 currency code; defaults to EUR. */
  currency?: string | null | undefined;
  /** Reserved seats or general admission. */
  kind: TierKind;
  /** Name shown to buyers; unique within the event. Seat ranges refer to tiers by this name. */
  name: string;
  /**
   * Price in minor units (cents), 0 to 10,000,000 (100,000.00 in the currency), else `BAD_USER_INPUT`.
   * The bound keeps every total a 32-bit GraphQL Int: the price times the largest per-order limit (100).
   */
  priceCents: number;
};

/** Whether a tier sells seats on the map or a quantity of standing tickets. */
export type TierKind =
  /** General admission: a capacity, sold by quantity. */
  | 'GENERAL_ADMISSION'
  /** Seats with a place on the map; each seat is taken one by one. */
  | 'RESERVED';

/** A rectangle drawn under the seats (the stage, the floor), in the coordinates of `SectionPlacementInput`. */
export type VenueShapeInput = {
  /** Rounded corners of this radius; default 0. */
  cornerRadius?: number | null | undefined;
  /** Its depth (0..1000). */
  depth: number;
  /** Text drawn on it; defaults to Stage or Floor. */
  label?: string | null | undefined;
  /** Degrees clockwise; default 0. */
  rotation?: number | null | undefined;
  /** Its width (0..1000). */
  width: number;
  /** Horizontal position of its centre. */
  x: number;
  /** Vertical position of its centre (down as drawn). */
  y: number;
};

/** Which changes a webhook is told about. */
export type WebhookType =
  /** A hold expired and its seats and tickets went back on sale. */
  | 'HOLD_EXPIRED'
  /** An order was cancelled. */
  | 'ORDER_CANCELLED'
  /** An order was confirmed (a checkout). */
  | 'ORDER_CONFIRMED'
  /** A ticket was let in at the door. */
  | 'TICKET_CHECKED_IN'
  /** Every seat or ticket of a tier is sold (again after a cancel reopened it). */
  | 'TIER_SOLD_OUT';

export type CliLogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type CliLogInMutation = { logIn: { token: string, user: { id: string, role: Role } } };

export type CliSignUpMutationVariables = Exact<{
  email: string;
  password: string;
  name: string;
}>;


export type CliSignUpMutation = { signUp: { token: string, user: { id: string, role: Role } } };

export type CliEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CliEventsQuery = { events: { totalCount: number, edges: Array<{ node: { id: string, name: string, venue: string, startsAt: string, status: EventStatus, capacity: number, available: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CliEventSeatsQueryVariables = Exact<{
  id: string | number;
}>;


export type CliEventSeatsQuery = { event: { id: string, name: string, perOrderLimit: number, tiers: Array<{ id: string, name: string, kind: TierKind, priceCents: number, currency: string, capacity: number, available: number, held: number, sold: number }>, seats: Array<{ id: string, version: number, status: SeatStatus, section: string, row: string, number: number, tier: { id: string } }> } | null };

export type CliReserveSeatMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CliReserveSeatMutation = { reserveSeat: { id: string, version: number, status: SeatStatus } };

export type CliReserveBestMutationVariables = Exact<{
  eventId: string | number;
  tierId: string | number;
  quantity: number;
}>;


export type CliReserveBestMutation = { reserveBestAvailable: Array<{ id: string, version: number, status: SeatStatus, section: string, row: string, number: number }> };

export type CliReleaseSeatMutationVariables = Exact<{
  id: string | number;
}>;


export type CliReleaseSeatMutation = { releaseSeat: { id: string, version: number, status: SeatStatus } };

export type CliHoldTicketsMutationVariables = Exact<{
  tierId: string | number;
  quantity: number;
}>;


export type CliHoldTicketsMutation = { holdTickets: { id: string, status: HoldStatus, expiresAt: string, totalCents: number } };

export type CliMyHoldsQueryVariables = Exact<{ [key: string]: never; }>;


export type CliMyHoldsQuery = { me: { holds: Array<{ id: string, eventId: string, status: HoldStatus, expiresAt: string, totalCents: number, currency: string, seats: Array<{ id: string }> }> } | null };

export type CliCheckoutMutationVariables = Exact<{
  holdId: string | number;
  key: string;
}>;


export type CliCheckoutMutation = { checkout: { id: string, status: OrderStatus, totalCents: number, currency: string, tickets: Array<{ id: string, priceCents: number, seat: { id: string } | null }> } };

export type CliCancelOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type CliCancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus } };

export type CliSeatUpdatedSubscriptionVariables = Exact<{
  eventId: string | number;
}>;


export type CliSeatUpdatedSubscription = { seatUpdated: { id: string, version: number, status: SeatStatus } };

export type CliSeatQueryVariables = Exact<{
  id: string | number;
}>;


export type CliSeatQuery = { seat: { id: string, version: number, status: SeatStatus, section: string, row: string, number: number } | null };

export type CliCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CliCreateEventMutation = { createEvent: { id: string } };

export type CliPublishEventMutationVariables = Exact<{
  id: string | number;
}>;


export type CliPublishEventMutation = { publishEvent: { id: string, status: EventStatus } };

export type CliExtendHoldMutationVariables = Exact<{
  holdId: string | number;
}>;


export type CliExtendHoldMutation = { extendHold: { id: string, status: HoldStatus, expiresAt: string } };

export type CliMyHoldsLabelledQueryVariables = Exact<{ [key: string]: never; }>;


export type CliMyHoldsLabelledQuery = { me: { id: string, holds: Array<{ id: string, eventId: string, status: HoldStatus, expiresAt: string, totalCents: number, currency: string, heldSeats: Array<{ priceCents: number, seat: { id: string, label: string } }>, tickets: Array<{ quantity: number, tier: { name: string } }> }> } | null };

export type CliCreateHoldTokenMutationVariables = Exact<{
  eventId: string | number;
}>;


export type CliCreateHoldTokenMutation = { createHoldToken: { token: string, expiresAt: string, hold: { id: string, eventId: string, expiresAt: string } } };

export type CliReserveForMutationVariables = Exact<{
  id: string | number;
  version: number;
  holdToken?: string | null | undefined;
}>;


export type CliReserveForMutation = { reserveSeat: { id: string, version: number, status: SeatStatus, label: string, hold: { id: string, expiresAt: string } | null } };

export type CliReleaseForMutationVariables = Exact<{
  id: string | number;
  holdToken?: string | null | undefined;
}>;


export type CliReleaseForMutation = { releaseSeat: { id: string, version: number, status: SeatStatus, label: string } };

export type CliHoldTicketsForMutationVariables = Exact<{
  tierId: string | number;
  quantity: number;
  holdToken?: string | null | undefined;
}>;


export type CliHoldTicketsForMutation = { holdTickets: { id: string, status: HoldStatus, expiresAt: string, totalCents: number } };

export type CliCheckoutForMutationVariables = Exact<{
  holdId: string | number;
  key: string;
  buyer?: BuyerInput | null | undefined;
}>;


export type CliCheckoutForMutation = { checkout: { id: string, status: OrderStatus, totalCents: number, currency: string, buyer: { email: string, name: string } | null, tickets: Array<{ id: string, priceCents: number, secret: string | null, seat: { id: string, label: string } | null, tier: { name: string } }> } };

export type CliOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type CliOrderQuery = { order: { id: string, status: OrderStatus, totalCents: number, currency: string, createdAt: string, event: { id: string, name: string }, buyer: { email: string, name: string } | null, tickets: Array<{ id: string, priceCents: number, secret: string | null, checkedInAt: string | null, seat: { id: string, label: string } | null, tier: { name: string } }> } | null };

export type CliEventOrdersQueryVariables = Exact<{
  eventId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type CliEventOrdersQuery = { event: { id: string, name: string, orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: OrderStatus, totalCents: number, currency: string, createdAt: string, buyer: { email: string, name: string } | null, tickets: Array<{ id: string }> } }> } } | null };

export type CliCheckInMutationVariables = Exact<{
  eventId: string | number;
  secret: string;
}>;


export type CliCheckInMutation = { checkIn: { status: CheckInStatus, firstCheckedInAt: string | null, ticket: { id: string, seat: { label: string } | null, tier: { name: string } } | null } };

export type CliCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CliCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, types: Array<WebhookType> } } };

export type CliJoinQueueMutationVariables = Exact<{
  eventId: string | number;
}>;


export type CliJoinQueueMutation = { joinQueue: { id: string, status: QueueStatus, position: number | null, aheadOfYou: number | null, estimatedWaitSeconds: number | null, admittedUntil: string | null } };

export type CliQueueUpdatedSubscriptionVariables = Exact<{
  eventId: string | number;
}>;


export type CliQueueUpdatedSubscription = { queueUpdated: { id: string, status: QueueStatus, position: number | null, aheadOfYou: number | null, estimatedWaitSeconds: number | null, admittedUntil: string | null } };


export const CliLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CliLogInMutation, CliLogInMutationVariables>;
export const CliSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CliSignUpMutation, CliSignUpMutationVariables>;
export const CliEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CliEventsQuery, CliEventsQueryVariables>;
export const CliEventSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliEventSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perOrderLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliEventSeatsQuery, CliEventSeatsQueryVariables>;
export const CliReserveSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliReserveSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CliReserveSeatMutation, CliReserveSeatMutationVariables>;
export const CliReserveBestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliReserveBest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveBestAvailable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CliReserveBestMutation, CliReserveBestMutationVariables>;
export const CliReleaseSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliReleaseSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CliReleaseSeatMutation, CliReleaseSeatMutationVariables>;
export const CliHoldTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliHoldTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<CliHoldTicketsMutation, CliHoldTicketsMutationVariables>;
export const CliMyHoldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMyHolds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliMyHoldsQuery, CliMyHoldsQueryVariables>;
export const CliCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliCheckoutMutation, CliCheckoutMutationVariables>;
export const CliCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CliCancelOrderMutation, CliCancelOrderMutationVariables>;
export const CliSeatUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CliSeatUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CliSeatUpdatedSubscription, CliSeatUpdatedSubscriptionVariables>;
export const CliSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CliSeatQuery, CliSeatQueryVariables>;
export const CliCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CliCreateEventMutation, CliCreateEventMutationVariables>;
export const CliPublishEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliPublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CliPublishEventMutation, CliPublishEventMutationVariables>;
export const CliExtendHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliExtendHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CliExtendHoldMutation, CliExtendHoldMutationVariables>;
export const CliMyHoldsLabelledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMyHoldsLabelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"heldSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliMyHoldsLabelledQuery, CliMyHoldsLabelledQueryVariables>;
export const CliCreateHoldTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCreateHoldToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHoldToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CliCreateHoldTokenMutation, CliCreateHoldTokenMutationVariables>;
export const CliReserveForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliReserveFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"holdToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CliReserveForMutation, CliReserveForMutationVariables>;
export const CliReleaseForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliReleaseFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"holdToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<CliReleaseForMutation, CliReleaseForMutationVariables>;
export const CliHoldTicketsForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliHoldTicketsFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"Argument","name":{"kind":"Name","value":"holdToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<CliHoldTicketsForMutation, CliHoldTicketsForMutationVariables>;
export const CliCheckoutForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCheckoutFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BuyerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"buyer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliCheckoutForMutation, CliCheckoutForMutationVariables>;
export const CliOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliOrderQuery, CliOrderQueryVariables>;
export const CliEventOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliEventOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliEventOrdersQuery, CliEventOrdersQueryVariables>;
export const CliCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstCheckedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliCheckInMutation, CliCheckInMutationVariables>;
export const CliCreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"types"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CliCreateWebhookMutation, CliCreateWebhookMutationVariables>;
export const CliJoinQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliJoinQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"aheadOfYou"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"admittedUntil"}}]}}]}}]} as unknown as DocumentNode<CliJoinQueueMutation, CliJoinQueueMutationVariables>;
export const CliQueueUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CliQueueUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"aheadOfYou"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"admittedUntil"}}]}}]}}]} as unknown as DocumentNode<CliQueueUpdatedSubscription, CliQueueUpdatedSubscriptionVariables>;