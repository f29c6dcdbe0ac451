import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel } from '../auth/user.entity.ts';
import type { Event as EventModel } from '../events/event.entity.ts';
import type { TierView as TierViewModel } from '../events/tier-view.ts';
import type { SeatView as SeatViewModel } from '../seats/seat-view.ts';
import type { HoldView as HoldViewModel, HeldTicketsView as HeldTicketsViewModel } from '../holds/hold-view.ts';
import type { OrderView as OrderViewModel, TicketView as TicketViewModel } from '../orders/order-view.ts';
import type { QueuePolicyView as QueuePolicyViewModel, QueueStatsView as QueueStatsViewModel, QueueTicketView as QueueTicketViewModel } from '../queue/queue-views.ts';
import type { WaitlistEntryView as WaitlistEntryViewModel } from '../waitlist/waitlist-view.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant in time, as an ISO-8601 string in UTC (for example `2026-12-31T20:00:00.000Z`), in the
   * years 1 to 9999.
   */
  DateTime: { input: Date; output: Date | string; }
};

/** A signed bearer token and the account it belongs to. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send it as `Authorization: Bearer <token>` over HTTP, or as `connectionParams.authorization` over graphql-ws. */
  token: Scalars['String']['output'];
  /** The signed-in account. */
  user: User;
};

/** Everything needed to create an event in DRAFT. */
export type CreateEventInput = {
  /** Title shown to buyers. */
  name: Scalars['String']['input'];
  /** Most seats plus tickets per buyer: 1 to 100; defaults to 8. */
  perOrderLimit?: InputMaybe<Scalars['Int']['input']>;
  /** A waiting room in front of the sale (see `QueuePolicy`); none when left out. */
  queue?: InputMaybe<QueuePolicyInput>;
  /** The seat-map generator: sections of rows of seats. Empty for general admission only. */
  sections?: InputMaybe<Array<SectionInput>>;
  /** When it starts; must be in the future. */
  startsAt: Scalars['DateTime']['input'];
  /** At least one tier. */
  tiers: Array<TierInput>;
  /** Where it happens. */
  venue: Scalars['String']['input'];
};

/** A concert, match or show, with its tiers and seat map. */
export type Event = {
  __typename?: 'Event';
  /** Seats plus tickets still available. */
  available: Scalars['Int']['output'];
  /** Number of seats plus general-admission tickets on sale in all. */
  capacity: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Title shown to buyers. */
  name: Scalars['String']['output'];
  /** The most seats plus tickets one buyer may hold at once for this event. */
  perOrderLimit: Scalars['Int']['output'];
  /** The event's waiting room; null when the event has none. */
  queue?: Maybe<QueuePolicy>;
  /** Every seat on the map (empty for a general-admission-only event). */
  seats: Array<Seat>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Draft, on sale or closed. */
  status: EventStatus;
  /** The price categories, reserved and general admission. */
  tiers: Array<Tier>;
  /** Where it happens. */
  venue: Scalars['String']['output'];
};

/** A page of events, soonest first. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page. */
  edges: Array<EventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many events the list holds in all. */
  totalCount: Scalars['Int']['output'];
};

/** One event in a page of events. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque position of this edge; pass it as `after` (anything else is `BAD_USER_INPUT`). */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Where an event is in its life. */
export type EventStatus =
  /** No longer selling. */
  | 'CLOSED'
  /** Being prepared by its organiser; only the organiser sees it. */
  | 'DRAFT'
  /** Published: buyers can see it and take seats and tickets. */
  | 'ON_SALE';

/** General-admission tickets of one tier in a hold, at the price fixed when they were held. */
export type HeldTickets = {
  __typename?: 'HeldTickets';
  /** How many tickets. */
  quantity: Scalars['Int']['output'];
  /** The tier. */
  tier: Tier;
  /** Price of one ticket when it was held, in minor units. */
  unitPriceCents: Scalars['Int']['output'];
};

/** A buyer's cart for one event: held seats and tickets, reserved until it expires. */
export type Hold = {
  __typename?: 'Hold';
  /** Currency of `totalCents`. */
  currency: Scalars['String']['output'];
  /** The event. */
  eventId: Scalars['ID']['output'];
  /**
   * When the hold is released unless the buyer stays active: the earliest of the hold's life
   * (extended by `extendHold`), the inactivity limit and the hard cap.
   */
  expiresAt: Scalars['DateTime']['output'];
  /**
   * True while the hold is active and `expiresAt` is at most `HOLD_WARNING_SECONDS` (60 by default)
   * away: time to check out or come back. `holdUpdated` pushes the hold once when it enters that
   * window (again after an extension, when the new expiry nears).
   */
  expiringSoon: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The hard cap: no extension keeps the hold past this instant. */
  maxExpiresAt: Scalars['DateTime']['output'];
  /** The held seats (empty once the hold is no longer active). */
  seats: Array<Seat>;
  /** Active, expired, released or checked out. */
  status: HoldStatus;
  /** The held general-admission tickets. */
  tickets: Array<HeldTickets>;
  /** Sum of the prices fixed when each seat and ticket was held, in minor units. */
  totalCents: Scalars['Int']['output'];
  /** The waitlist entry this hold was offered for, when seats or tickets came back to the buyer; null otherwise. */
  waitlistEntry?: Maybe<WaitlistEntry>;
};

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

/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels the caller's order and puts its seats and tickets back on sale. */
  cancelOrder: Order;
  /**
   * Turns the caller's active hold into a confirmed order. `HOLD_EXPIRED` when the hold has expired
   * or was released. Calling it again with the same `idempotencyKey` returns the same order.
   */
  checkout: Order;
  /** Creates an event in DRAFT with its tiers and generated seat map. Organisers only (`FORBIDDEN`). */
  createEvent: Event;
  /** The heartbeat: the buyer is still here. Extends the hold, never past `maxExpiresAt`. */
  extendHold: Hold;
  /** Adds `quantity` general-admission tickets of a tier to the caller's hold. `SOLD_OUT` when fewer remain. */
  holdTickets: Hold;
  /**
   * Joins the event's waiting room and answers the caller's one ticket; calling again answers the
   * same ticket. Needs a token; `BAD_USER_INPUT` when the event has no queue or is not on sale. A new
   * ticket counts against the client address's budget of queue places (`RATE_LIMITED`).
   */
  joinQueue: QueueTicket;
  /**
   * Puts the caller in line for `quantity` (1 to the event's per-order limit) seats or tickets of a
   * sold-out tier. Those that come back (a hold expires or is released, an order is cancelled) are
   * offered to the line in order, as a hold of the buyer's announced by `holdUpdated`, before they go
   * back on sale. `BAD_USER_INPUT` when the tier is not sold out; joining again answers the same entry.
   */
  joinWaitlist: WaitlistEntry;
  /** Steps out of a tier's line. Someone else's entry answers `NOT_FOUND`, like a missing one. */
  leaveWaitlist: WaitlistEntry;
  /**
   * Signs in. A wrong email and a wrong password give the same `UNAUTHENTICATED` error. After 5 wrong
   * passwords in a row for one account from one address, that account is refused from that address
   * with `RATE_LIMITED` for 30 s, twice as long after each further wrong password; the right
   * password resets it. Other addresses, the owner's included, are not affected.
   */
  logIn: AuthPayload;
  /**
   * Ends every session of the caller, this one included: every token issued before is refused from
   * now on with `UNAUTHENTICATED` (HTTP 401), and the caller's open graphql-ws connections are closed
   * with 4403 (at once on this server, within a few seconds on the others). Sign in again for a new
   * token. Always true; `UNAUTHENTICATED` without a token.
   */
  logOutEverywhere: Scalars['Boolean']['output'];
  /** Puts the caller's draft on sale. Organisers only. */
  publishEvent: Event;
  /** Gives the whole hold back to sale. */
  releaseHold: Hold;
  /** Gives a seat of the caller's hold back to sale. */
  releaseSeat: Seat;
  /** Holds the best `quantity` adjacent seats of a tier, in one row, nearest the front and centre. */
  reserveBestAvailable: Array<Seat>;
  /**
   * Holds one seat in the caller's hold for its event. Fails with `CONFLICT` (and the seat's current
   * `id`, `version` and `status` in `extensions.seat`) when the seat is not AVAILABLE or its version differs;
   * `NOT_FOUND` when it does not exist or its event is a draft.
   */
  reserveSeat: Seat;
  /** Holds several seats of one event, all or nothing: one `CONFLICT` and none is held. */
  reserveSeats: Array<Seat>;
  /**
   * Sets, changes or (with `queue: null`) removes the event's waiting room, until it opens: the event's
   * organiser only. `BAD_USER_INPUT` once `opensAt` has passed.
   */
  setEventQueue: Event;
  /**
   * Creates a buyer account and signs it in. The password needs at least 8 characters and must not be
   * a common password, a keyboard sequence, one repeated character, or contain the email or name.
   * `organizerInvite` makes the account an organiser when it matches the server's configured invite code.
   */
  signUp: AuthPayload;
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationCheckoutArgs = {
  holdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationExtendHoldArgs = {
  holdId: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationHoldTicketsArgs = {
  quantity: Scalars['Int']['input'];
  tierId: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationJoinQueueArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationJoinWaitlistArgs = {
  quantity: Scalars['Int']['input'];
  tierId: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationLeaveWaitlistArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationLogInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationReleaseHoldArgs = {
  holdId: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationReleaseSeatArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationReserveBestAvailableArgs = {
  eventId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  tierId: Scalars['ID']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationReserveSeatArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationReserveSeatsArgs = {
  seats: Array<SeatVersionInput>;
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationSetEventQueueArgs = {
  eventId: Scalars['ID']['input'];
  queue?: InputMaybe<QueuePolicyInput>;
};


/**
 * Operations that change state. Every mutation that takes inventory needs a buyer's token.
 * Those mutations (`reserveSeat`, `reserveSeats`, `reserveBestAvailable`, `holdTickets`, `extendHold`,
 * `checkout`) are rate limited per user and per client address, `logIn`/`signUp` per client address,
 * and `logIn` backs off after repeated wrong passwords for one account from one address: over a
 * budget they fail with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`.
 * Documents are limited in depth, aliases, directives, tokens and cost; over a limit they fail with
 * `BAD_USER_INPUT` and `extensions.limit` naming it.
 */
export type MutationSignUpArgs = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organizerInvite?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

/** What a checkout produces. */
export type Order = {
  __typename?: 'Order';
  /** When the order was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of `totalCents`. */
  currency: Scalars['String']['output'];
  /** The event. */
  eventId: Scalars['ID']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The key the order was created with; the same key returns this same order. */
  idempotencyKey: Scalars['String']['output'];
  /** Confirmed or cancelled. */
  status: OrderStatus;
  /** One ticket per seat or general-admission admission. */
  tickets: Array<Ticket>;
  /** Sum of the tickets' prices, in minor units. */
  totalCents: Scalars['Int']['output'];
};

/** Where an order stands. */
export type OrderStatus =
  /** Cancelled; its seats and tickets went back on sale. */
  | 'CANCELLED'
  /** Paid and valid. */
  | 'CONFIRMED';

/** Where a page of a cursor-paginated list ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge on this page; pass it as `after` to read the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read operations. Anyone may read published events and their seat maps; `me` needs a token. */
export type Query = {
  __typename?: 'Query';
  /** One event. `NOT_FOUND` when it does not exist or is another organiser's draft. */
  event?: Maybe<Event>;
  /** Published events (and the caller's own drafts for an organiser), soonest first. `first` is 1..100, default 20. */
  events: EventConnection;
  /** The caller's account, or null without a token. */
  me?: Maybe<User>;
  /** The caller's ticket in the event's waiting room, or null when they have not joined. Needs a token. */
  queueTicket?: Maybe<QueueTicket>;
  /** One seat. `NOT_FOUND` when it does not exist or belongs to another organiser's draft (the same answer for both). */
  seat?: Maybe<Seat>;
};


/** Read operations. Anyone may read published events and their seat maps; `me` needs a token. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Anyone may read published events and their seat maps; `me` needs a token. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Anyone may read published events and their seat maps; `me` needs a token. */
export type QueryQueueTicketArgs = {
  eventId: Scalars['ID']['input'];
};


/** Read operations. Anyone may read published events and their seat maps; `me` needs a token. */
export type QuerySeatArgs = {
  id: Scalars['ID']['input'];
};

/**
 * An event's waiting room: from `opensAt`, buyers are let in to hold seats at `admitPerMinute`, in
 * the queue's order. Everyone who joined before `opensAt` is shuffled at `opensAt` (a cryptographic
 * shuffle recorded in `shuffleSeed`); later arrivals queue behind them in the order they came.
 */
export type QueuePolicy = {
  __typename?: 'QueuePolicy';
  /** How long an admission lasts: reserving needs `admittedUntil` (admission + this) not to have passed. */
  admissionMinutes: Scalars['Int']['output'];
  /** The most buyers admitted in any 60 seconds, whatever the number of API servers. */
  admitPerMinute: Scalars['Int']['output'];
  /** When admission starts. Joining is open before it; nobody holds anything of the event before it. */
  opensAt: Scalars['DateTime']['output'];
  /**
   * The shuffle's 32 random bytes, in hex, published once the shuffle ran so that anyone can audit
   * it: early joiners are ordered by SHA-256(seed bytes || ticket id as a 4-byte big-endian integer),
   * ascending (ties, which do not occur in practice, by ticket id).
   */
  shuffleSeed?: Maybe<Scalars['String']['output']>;
  /** When the early joiners were shuffled; null before `opensAt`. */
  shuffledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The room's live counts: the event's organiser only (null for everyone else). */
  stats?: Maybe<QueueStats>;
};

/** An event's waiting room, as the organiser sets it. */
export type QueuePolicyInput = {
  /** How long each admission lasts, in minutes: 1 to 120; defaults to 10. */
  admissionMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Buyers admitted per minute: 1 to 100,000. */
  admitPerMinute: Scalars['Int']['input'];
  /** When admission starts: in the future, before the event starts. */
  opensAt: Scalars['DateTime']['input'];
};

/** How an event's waiting room stands, for its organiser. */
export type QueueStats = {
  __typename?: 'QueueStats';
  /** Buyers whose admission runs now (`admittedUntil` not passed). */
  admitted: Scalars['Int']['output'];
  /** Admissions in the last 60 seconds (at most `admitPerMinute`). */
  admittedLastMinute: Scalars['Int']['output'];
  /** Every admission so far. */
  admittedTotal: Scalars['Int']['output'];
  /** The event. */
  eventId: Scalars['ID']['output'];
  /** Admissions that ran out unused. */
  expired: Scalars['Int']['output'];
  /** Admitted buyers who hold seats or tickets of the event right now. */
  holding: Scalars['Int']['output'];
  /** When these counts were read. */
  updatedAt: Scalars['DateTime']['output'];
  /** Buyers in line, not yet admitted. */
  waiting: Scalars['Int']['output'];
};

/** Where a buyer stands in an event's waiting room. */
export type QueueStatus =
  /** Admitted: the buyer may reserve seats and hold tickets until `admittedUntil`. */
  | 'ADMITTED'
  /** The admission ran out before the buyer held anything; the turn went to the next in line. */
  | 'EXPIRED'
  /** In line: `position` and `aheadOfYou` say where; reserving is refused with `NOT_ADMITTED`. */
  | 'WAITING';

/** A buyer's one place in an event's waiting room. */
export type QueueTicket = {
  __typename?: 'QueueTicket';
  /** When the buyer was admitted; null while waiting. */
  admittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Reserving is allowed until this instant; null while waiting. */
  admittedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Buyers still waiting before this one; null until placed, 0 once admitted. */
  aheadOfYou?: Maybe<Scalars['Int']['output']>;
  /** Seconds until admission at the rate measured over the last minute (the policy's rate before any); null until placed, 0 once admitted. */
  estimatedWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** The event. */
  eventId: Scalars['ID']['output'];
  /** Stable identifier (part of the shuffle's audit). */
  id: Scalars['ID']['output'];
  /** When the buyer joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** Place in the queue, 1 first; null until placed (the shuffle at `opensAt`, or a moment after a late join). */
  position?: Maybe<Scalars['Int']['output']>;
  /** Waiting, admitted or expired. */
  status: QueueStatus;
};

/** What an account may do. Buyers hold seats and buy tickets; organisers also create and publish events. */
export type Role =
  /** Holds seats, checks out, sees and cancels their own orders. */
  | 'BUYER'
  /** Everything a buyer does, plus creating and publishing events. */
  | 'ORGANIZER';

/** Rows `fromRow`..`toRow` (1-based, inclusive) of a section belong to one tier. */
export type RowRangeInput = {
  /** First row of the range, 1-based. */
  fromRow: Scalars['Int']['input'];
  /** Name of a RESERVED tier of this event. */
  tier: Scalars['String']['input'];
  /** Last row of the range, inclusive. */
  toRow: Scalars['Int']['input'];
};

/** A seat on an event's map. */
export type Seat = {
  __typename?: 'Seat';
  /** The event the seat belongs to. */
  eventId: Scalars['ID']['output'];
  /** True only when the seat is in the caller's own hold. Nobody learns who else holds a seat. */
  heldByMe: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Seat number within the row, from the left. */
  number: Scalars['Int']['output'];
  /** Row label, 1 nearest the stage. */
  row: Scalars['String']['output'];
  /** Section name. */
  section: Scalars['String']['output'];
  /** Available, held or sold. */
  status: SeatStatus;
  /** The seat's price category. */
  tier: Tier;
  /** Grows by one on every change. Pass it to `reserveSeat`; ignore updates whose version is not newer. */
  version: Scalars['Int']['output'];
  /** Horizontal position on the map, in seat widths. */
  x: Scalars['Float']['output'];
  /** Vertical position on the map, in seat widths; 0 is nearest the stage. */
  y: Scalars['Float']['output'];
};

/** Where a seat stands in the sale. */
export type SeatStatus =
  /** Can be reserved. */
  | 'AVAILABLE'
  /** In somebody's hold (maybe the caller's: see `heldByMe`). */
  | 'HELD'
  /** In a confirmed order. */
  | 'SOLD';

/** A seat and the version the caller last saw. */
export type SeatVersionInput = {
  /** The seat. */
  id: Scalars['ID']['input'];
  /** The version the caller saw; a different stored version means `CONFLICT`. */
  version: Scalars['Int']['input'];
};

/** A block of seats: `rows` rows of `seatsPerRow` seats, laid out left to right in the order given. */
export type SectionInput = {
  /** Section name, for example A or Balcony. */
  name: Scalars['String']['input'];
  /** Number of rows, 1-based, row 1 nearest the stage. */
  rows: Scalars['Int']['input'];
  /** Seats in each row, numbered 1..seatsPerRow from the left. */
  seatsPerRow: Scalars['Int']['input'];
  /** Which tier each row range belongs to; every row must be covered exactly once. */
  tiers: Array<RowRangeInput>;
};

/**
 * Live updates over graphql-ws on the same `/graphql` path. Subscribers of the same operation with the
 * same values of the variables it uses share one execution per change (variables it does not use
 * are ignored). One client address may hold a limited number of distinct such live queries per
 * server: one more fails with `RATE_LIMITED` and `extensions.limit` `maxGroupsPerIp`. Browser pages
 * may connect only from this server's own origin or one it allows (CORS_ORIGINS).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The caller's own holds as they change: seats added or released, extended, expiring soon
   * (`expiringSoon` turns true, once per expiry), expired, checked out. Needs a token.
   */
  holdUpdated: Hold;
  /** The room's counts after every step of its queue: the event's organiser only (`FORBIDDEN`). */
  queueStatsUpdated: QueueStats;
  /**
   * The caller's own ticket in the event's waiting room: first as it stands, then each time its
   * position or the number ahead moves, when it is admitted and when the admission runs out. Needs a
   * token and a ticket (`joinQueue` first). All watchers of an event share one message per step of
   * the queue; each socket's ticket is computed from it, without a query.
   */
  queueUpdated: QueueTicket;
  /** The seat, with its new version and status, after every committed change of a seat of the event. */
  seatUpdated: Seat;
  /** The tier, with its new counts and version, after every committed change of its counters. */
  tierUpdated: Tier;
};


/**
 * Live updates over graphql-ws on the same `/graphql` path. Subscribers of the same operation with the
 * same values of the variables it uses share one execution per change (variables it does not use
 * are ignored). One client address may hold a limited number of distinct such live queries per
 * server: one more fails with `RATE_LIMITED` and `extensions.limit` `maxGroupsPerIp`. Browser pages
 * may connect only from this server's own origin or one it allows (CORS_ORIGINS).
 */
export type SubscriptionQueueStatsUpdatedArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws on the same `/graphql` path. Subscribers of the same operation with the
 * same values of the variables it uses share one execution per change (variables it does not use
 * are ignored). One client address may hold a limited number of distinct such live queries per
 * server: one more fails with `RATE_LIMITED` and `extensions.limit` `maxGroupsPerIp`. Browser pages
 * may connect only from this server's own origin or one it allows (CORS_ORIGINS).
 */
export type SubscriptionQueueUpdatedArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws on the same `/graphql` path. Subscribers of the same operation with the
 * same values of the variables it uses share one execution per change (variables it does not use
 * are ignored). One client address may hold a limited number of distinct such live queries per
 * server: one more fails with `RATE_LIMITED` and `extensions.limit` `maxGroupsPerIp`. Browser pages
 * may connect only from this server's own origin or one it allows (CORS_ORIGINS).
 */
export type SubscriptionSeatUpdatedArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Live updates over graphql-ws on the same `/graphql` path. Subscribers of the same operation with the
 * same values of the variables it uses share one execution per change (variables it does not use
 * are ignored). One client address may hold a limited number of distinct such live queries per
 * server: one more fails with `RATE_LIMITED` and `extensions.limit` `maxGroupsPerIp`. Browser pages
 * may connect only from this server's own origin or one it allows (CORS_ORIGINS).
 */
export type SubscriptionTierUpdatedArgs = {
  eventId: Scalars['ID']['input'];
};

/** One admission: a seat, or one general-admission ticket. */
export type Ticket = {
  __typename?: 'Ticket';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The price paid, in minor units. */
  priceCents: Scalars['Int']['output'];
  /** The seat, for a reserved-seat ticket; null for general admission. */
  seat?: Maybe<Seat>;
  /** The tier. */
  tier: Tier;
};

/** A price category of an event (VIP, Front Row, General Admission...). */
export type Tier = {
  __typename?: 'Tier';
  /** What can still be taken: capacity - sold - held. Never negative. */
  available: Scalars['Int']['output'];
  /** Seats in the tier (reserved) or tickets on sale (general admission). */
  capacity: Scalars['Int']['output'];
  /** ISO-4217 currency code, for example EUR. */
  currency: Scalars['String']['output'];
  /** The event the tier belongs to. */
  eventId: Scalars['ID']['output'];
  /** Seats or tickets in active holds. */
  held: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Reserved seats or general admission. */
  kind: TierKind;
  /** Name shown to buyers. */
  name: Scalars['String']['output'];
  /** Price of one seat or ticket, in minor units of `currency` (cents): 0 to 10,000,000. */
  priceCents: Scalars['Int']['output'];
  /** Seats or tickets in confirmed orders. */
  sold: Scalars['Int']['output'];
  /** Grows by one on every change of the tier's counters; ignore an update whose version is not newer. */
  version: Scalars['Int']['output'];
};

/** A price category of a new event. */
export type TierInput = {
  /** Number of tickets, for general admission only (reserved tiers count their seats). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** ISO-4217 currency code; defaults to EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Reserved seats or general admission. */
  kind: TierKind;
  /** Name shown to buyers; unique within the event. Seat ranges refer to tiers by this name. */
  name: Scalars['String']['input'];
  /**
   * Price in minor units (cents), 0 to 10,000,000 (100,000.00 in the currency), else `BAD_USER_INPUT`.
   * The bound keeps every total a 32-bit GraphQL Int: the price times the largest per-order limit (100).
   */
  priceCents: Scalars['Int']['input'];
};

/** Whether a tier sells seats on the map or a quantity of standing tickets. */
export type TierKind =
  /** General admission: a capacity, sold by quantity. */
  | 'GENERAL_ADMISSION'
  /** Seats with a place on the map; each seat is taken one by one. */
  | 'RESERVED';

/** A person with an account. */
export type User = {
  __typename?: 'User';
  /** The email the account signs in with. Only ever shown to the account itself. */
  email: Scalars['String']['output'];
  /** The caller's active holds (one per event at most), newest first. */
  holds: Array<Hold>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The caller's orders, newest first. */
  orders: Array<Order>;
  /** What the account may do. */
  role: Role;
  /** The caller's waitlist entries, newest first. */
  waitlist: Array<WaitlistEntry>;
};

/** A buyer's place in line for a sold-out tier. */
export type WaitlistEntry = {
  __typename?: 'WaitlistEntry';
  /** When the buyer joined the line. */
  createdAt: Scalars['DateTime']['output'];
  /** The event. */
  eventId: Scalars['ID']['output'];
  /** The hold the offer went into; null until offered. */
  hold?: Maybe<Hold>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How many seats or tickets were offered (at most `quantity`); null until offered. */
  offered?: Maybe<Scalars['Int']['output']>;
  /** Place in the tier's line while waiting, 1 first; null otherwise. */
  position?: Maybe<Scalars['Int']['output']>;
  /** How many seats or tickets the buyer wants. */
  quantity: Scalars['Int']['output'];
  /** Waiting, offered, left or passed. */
  status: WaitlistStatus;
  /** The sold-out tier. */
  tierId: Scalars['ID']['output'];
};

/** Where a place on a tier's waitlist stands. */
export type WaitlistStatus =
  /** The buyer stepped out (`leaveWaitlist`). */
  | 'LEFT'
  /** Seats or tickets came back and were put into a hold of the buyer's (`hold`). */
  | 'OFFERED'
  /** Skipped: when its turn came the buyer could not hold more (per-order limit, events held at once, cool-down). */
  | 'PASSED'
  /** In line for seats or tickets of the tier that come back. */
  | 'WAITING';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateEventInput: CreateEventInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventStatus: EventStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HeldTickets: ResolverTypeWrapper<HeldTicketsViewModel>;
  Hold: ResolverTypeWrapper<HoldViewModel>;
  HoldStatus: HoldStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderViewModel>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueuePolicy: ResolverTypeWrapper<QueuePolicyViewModel>;
  QueuePolicyInput: QueuePolicyInput;
  QueueStats: ResolverTypeWrapper<QueueStatsViewModel>;
  QueueStatus: QueueStatus;
  QueueTicket: ResolverTypeWrapper<QueueTicketViewModel>;
  Role: Role;
  RowRangeInput: RowRangeInput;
  Seat: ResolverTypeWrapper<SeatViewModel>;
  SeatStatus: SeatStatus;
  SeatVersionInput: SeatVersionInput;
  SectionInput: SectionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<TicketViewModel>;
  Tier: ResolverTypeWrapper<TierViewModel>;
  TierInput: TierInput;
  TierKind: TierKind;
  User: ResolverTypeWrapper<UserModel>;
  WaitlistEntry: ResolverTypeWrapper<WaitlistEntryViewModel>;
  WaitlistStatus: WaitlistStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Boolean: Scalars['Boolean']['output'];
  CreateEventInput: CreateEventInput;
  DateTime: Scalars['DateTime']['output'];
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  Float: Scalars['Float']['output'];
  HeldTickets: HeldTicketsViewModel;
  Hold: HoldViewModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: OrderViewModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  QueuePolicy: QueuePolicyViewModel;
  QueuePolicyInput: QueuePolicyInput;
  QueueStats: QueueStatsViewModel;
  QueueTicket: QueueTicketViewModel;
  RowRangeInput: RowRangeInput;
  Seat: SeatViewModel;
  SeatVersionInput: SeatVersionInput;
  SectionInput: SectionInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketViewModel;
  Tier: TierViewModel;
  TierInput: TierInput;
  User: UserModel;
  WaitlistEntry: WaitlistEntryViewModel;
}>;

export type AuthPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perOrderLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['QueuePolicy']>, ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type HeldTicketsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HeldTickets'] = ResolversParentTypes['HeldTickets']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  unitPriceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HoldResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Hold'] = ResolversParentTypes['Hold']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiringSoon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HoldStatus'], ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['HeldTickets']>, ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistEntry?: Resolver<Maybe<ResolversTypes['WaitlistEntry']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  checkout?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCheckoutArgs, 'holdId' | 'idempotencyKey'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  extendHold?: Resolver<ResolversTypes['Hold'], ParentType, ContextType, RequireFields<MutationExtendHoldArgs, 'holdId'>>;
  holdTickets?: Resolver<ResolversTypes['Hold'], ParentType, ContextType, RequireFields<MutationHoldTicketsArgs, 'quantity' | 'tierId'>>;
  joinQueue?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationJoinQueueArgs, 'eventId'>>;
  joinWaitlist?: Resolver<ResolversTypes['WaitlistEntry'], ParentType, ContextType, RequireFields<MutationJoinWaitlistArgs, 'quantity' | 'tierId'>>;
  leaveWaitlist?: Resolver<ResolversTypes['WaitlistEntry'], ParentType, ContextType, RequireFields<MutationLeaveWaitlistArgs, 'id'>>;
  logIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLogInArgs, 'email' | 'password'>>;
  logOutEverywhere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationPublishEventArgs, 'id'>>;
  releaseHold?: Resolver<ResolversTypes['Hold'], ParentType, ContextType, RequireFields<MutationReleaseHoldArgs, 'holdId'>>;
  releaseSeat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType, RequireFields<MutationReleaseSeatArgs, 'id'>>;
  reserveBestAvailable?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<MutationReserveBestAvailableArgs, 'eventId' | 'quantity' | 'tierId'>>;
  reserveSeat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType, RequireFields<MutationReserveSeatArgs, 'id' | 'version'>>;
  reserveSeats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<MutationReserveSeatsArgs, 'seats'>>;
  setEventQueue?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationSetEventQueueArgs, 'eventId'>>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'email' | 'name' | 'password'>>;
}>;

export type OrderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  queueTicket?: Resolver<Maybe<ResolversTypes['QueueTicket']>, ParentType, ContextType, RequireFields<QueryQueueTicketArgs, 'eventId'>>;
  seat?: Resolver<Maybe<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<QuerySeatArgs, 'id'>>;
}>;

export type QueuePolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueuePolicy'] = ResolversParentTypes['QueuePolicy']> = ResolversObject<{
  admissionMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  admitPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shuffleSeed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shuffledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stats?: Resolver<Maybe<ResolversTypes['QueueStats']>, ParentType, ContextType>;
}>;

export type QueueStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueStats'] = ResolversParentTypes['QueueStats']> = ResolversObject<{
  admitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  admittedLastMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  admittedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueueTicketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueTicket'] = ResolversParentTypes['QueueTicket']> = ResolversObject<{
  admittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  admittedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  aheadOfYou?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  estimatedWaitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QueueStatus'], ParentType, ContextType>;
}>;

export type SeatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Seat'] = ResolversParentTypes['Seat']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  heldByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SeatStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  holdUpdated?: SubscriptionResolver<ResolversTypes['Hold'], "holdUpdated", ParentType, ContextType>;
  queueStatsUpdated?: SubscriptionResolver<ResolversTypes['QueueStats'], "queueStatsUpdated", ParentType, ContextType, RequireFields<SubscriptionQueueStatsUpdatedArgs, 'eventId'>>;
  queueUpdated?: SubscriptionResolver<ResolversTypes['QueueTicket'], "queueUpdated", ParentType, ContextType, RequireFields<SubscriptionQueueUpdatedArgs, 'eventId'>>;
  seatUpdated?: SubscriptionResolver<ResolversTypes['Seat'], "seatUpdated", ParentType, ContextType, RequireFields<SubscriptionSeatUpdatedArgs, 'eventId'>>;
  tierUpdated?: SubscriptionResolver<ResolversTypes['Tier'], "tierUpdated", ParentType, ContextType, RequireFields<SubscriptionTierUpdatedArgs, 'eventId'>>;
}>;

export type TicketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seat?: Resolver<Maybe<ResolversTypes['Seat']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
}>;

export type TierResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tier'] = ResolversParentTypes['Tier']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TierKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holds?: Resolver<Array<ResolversTypes['Hold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  waitlist?: Resolver<Array<ResolversTypes['WaitlistEntry']>, ParentType, ContextType>;
}>;

export type WaitlistEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WaitlistEntry'] = ResolversParentTypes['WaitlistEntry']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hold?: Resolver<Maybe<ResolversTypes['Hold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WaitlistStatus'], ParentType, ContextType>;
  tierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  HeldTickets?: HeldTicketsResolvers<ContextType>;
  Hold?: HoldResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueuePolicy?: QueuePolicyResolvers<ContextType>;
  QueueStats?: QueueStatsResolvers<ContextType>;
  QueueTicket?: QueueTicketResolvers<ContextType>;
  Seat?: SeatResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WaitlistEntry?: WaitlistEntryResolvers<ContextType>;
}>;

