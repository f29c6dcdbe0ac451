import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserView as UserViewModel } from '../auth/user-view.ts';
import type { Event as EventModel } from '../events/event.entity.ts';
import type { TierView as TierViewModel } from '../events/tier-view.ts';
import type { SeatView as SeatViewModel } from '../seats/seat-view.ts';
import type { HoldView as HoldViewModel, HeldTicketsView as HeldTicketsViewModel } from '../holds/hold-view.ts';
import type { OrderView as OrderViewModel, TicketView as TicketViewModel } from '../orders/order-view.ts';
import type { ApiKeyView as ApiKeyViewModel } from '../partners/api-key-view.ts';
import type { WebhookView as WebhookViewModel, WebhookDeliveryView as WebhookDeliveryViewModel, WebhookAttemptView as WebhookAttemptViewModel } from '../webhooks/webhook-view.ts';
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

/**
 * A key a partner's program uses instead of a person's sign-in. Its secret is shown once, when it is
 * made (`ApiKeyCreated.secret`); Tessera keeps only a hash of it.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The events the key reaches; never another organiser's. */
  events: Array<Event>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the key was last used (kept to within 30 seconds); null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the organiser called it (for example the partner's name). */
  name: Scalars['String']['output'];
  /** When the key was revoked; null while it works. A revoked key is refused at once, also on an open WebSocket. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  scopes: Array<ApiScope>;
  /** The first characters of the secret (`tsk_` and four more), to tell keys apart; never the secret itself. */
  secretPrefix: Scalars['String']['output'];
};

/** A new key and its secret. The secret is shown only here: store it now. */
export type ApiKeyCreated = {
  __typename?: 'ApiKeyCreated';
  /** The key. */
  apiKey: ApiKey;
  /** Send it as `Authorization: Bearer <secret>` over HTTP, or as `connectionParams.authorization` over graphql-ws. Starts with `tsk_`. */
  secret: Scalars['String']['output'];
};

/** What an API key may do. A key reaches only the events it was made for, all of its organiser's. */
export type ApiScope =
  /** Scan tickets at the door (`checkIn`). */
  | 'CHECK_IN'
  /** Read orders (`order`, `Event.orders`) and watch live updates of the key's events. */
  | 'READ'
  /** Hold seats and tickets and check out for the partner's anonymous customers (`createHoldToken`). */
  | 'SELL';

/** A signed bearer token and the account it belongs to. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send it as `Authorization: Bearer <token>` over HTTP, or as `connectionParams.authorization` over graphql-ws. */
  token: Scalars['String']['output'];
  /** The signed-in account. */
  user: User;
};

/** Who bought an order. Shown to the event's organiser and to its keys only. */
export type Buyer = {
  __typename?: 'Buyer';
  /** The buyer's email. */
  email: Scalars['String']['output'];
  /** The buyer's name. */
  name: Scalars['String']['output'];
};

/** The customer of a partner's sale, as the partner gives them at checkout. */
export type BuyerInput = {
  /** Where the customer gets their tickets. */
  email: Scalars['String']['input'];
  /** The customer's name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** The answer to one scan. */
export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** When the ticket was first let in (for CHECKED_IN, now); null when it never was. */
  firstCheckedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** What to do with the person at the door. */
  status: CheckInStatus;
  /** The ticket, for CHECKED_IN, ALREADY_CHECKED_IN and CANCELLED; null otherwise. */
  ticket?: Maybe<Ticket>;
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

/** What a new API key may do and reach. */
export type CreateApiKeyInput = {
  /** The events it reaches: one or more of the caller's own events. */
  eventIds: Array<Scalars['ID']['input']>;
  /** A name to recognise the key by, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** What it may do: one or more scopes. */
  scopes: Array<ApiScope>;
};

/** Everything needed to create an event in DRAFT. */
export type CreateEventInput = {
  /** An arena's floor, drawn under the floor sections. */
  floor?: InputMaybe<VenueShapeInput>;
  /** Title shown to buyers. */
  name: Scalars['String']['input'];
  /** Most seats plus tickets per buyer: 1 to 100; defaults to 8. */
  perOrderLimit?: InputMaybe<Scalars['Int']['input']>;
  /** A waiting room in front of the sale (see `QueuePolicy`); none when left out. */
  queue?: InputMaybe<QueuePolicyInput>;
  /** The seat-map generator: sections of rows of seats. Empty for general admission only. */
  sections?: InputMaybe<Array<SectionInput>>;
  /** The stage, drawn on the map (sections placed around it face it). */
  stage?: InputMaybe<VenueShapeInput>;
  /** When it starts; must be in the future. */
  startsAt: Scalars['DateTime']['input'];
  /** At least one tier. */
  tiers: Array<TierInput>;
  /** Where it happens. */
  venue: Scalars['String']['input'];
};

/** What a new webhook receives and where. */
export type CreateWebhookInput = {
  /** One or more of the caller's own events. */
  eventIds: Array<Scalars['ID']['input']>;
  /** One or more kinds of change. */
  types: Array<WebhookType>;
  /** An http or https URL, at most 2,000 characters. */
  url: Scalars['String']['input'];
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
  /** The event's orders, newest first. For its organiser or a key with `READ` (`FORBIDDEN` otherwise). */
  orders: OrderConnection;
  /** True when the caller is the event's organiser (the organiser's pages list their own events with it). */
  organizedByMe: Scalars['Boolean']['output'];
  /** The most seats plus tickets one buyer may hold at once for this event. */
  perOrderLimit: Scalars['Int']['output'];
  /** The event's waiting room; null when the event has none. */
  queue?: Maybe<QueuePolicy>;
  /** The seat map's layout (cost: one item per 100 seats). The web client reads it from `GET /seat-maps/{id}/layout`. */
  seatLayout: SeatLayout;
  /** Every seat's status and version, compactly (cost: one item per 100 seats). Also `GET /seat-maps/{id}/states`. */
  seatStates: SeatStates;
  /**
   * Every seat on the map (empty for a general-admission-only event), or only those of the given
   * kinds. Costs as many items as the event has seats; a map should read `seatLayout` once and
   * `seatStates` instead (or their cacheable HTTP forms).
   */
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


/** A concert, match or show, with its tiers and seat map. */
export type EventOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** A concert, match or show, with its tiers and seat map. */
export type EventSeatsArgs = {
  kinds?: InputMaybe<Array<SeatKind>>;
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

/** A seat in a hold, at the price fixed when it was held. */
export type HeldSeat = {
  __typename?: 'HeldSeat';
  /** What the seat costs in this hold, in minor units (the price when it was held). */
  priceCents: Scalars['Int']['output'];
  /** The seat. */
  seat: Seat;
};

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
  /** The held seats with the price each was held at (what checkout charges); empty once the hold ended. */
  heldSeats: Array<HeldSeat>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The hard cap: no extension keeps the hold past this instant. */
  maxExpiresAt: Scalars['DateTime']['output'];
  /**
   * The held seats. When `holdUpdated` announces that the hold expired or was released, the seats
   * that went back on sale (AVAILABLE, with their new versions); empty when an ended hold is read later.
   */
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
 * A hold for one anonymous customer of a partner, owned by the key that made it. Pass `token` as
 * `holdToken` to the reserve, release and general-admission mutations; check out with `hold.id`
 * and the customer's details (`checkout(holdId, idempotencyKey, buyer)`). The hold keeps every rule
 * of a person's hold: the per-order limit, the inactivity and life limits (extend it with
 * `extendHold`), the hard cap.
 */
export type HoldToken = {
  __typename?: 'HoldToken';
  /** After this instant (the hold's hard cap) the token is of no use. */
  expiresAt: Scalars['DateTime']['output'];
  /** The customer's hold, empty at first. */
  hold: Hold;
  /** The token: only the key that made it can use it. */
  token: Scalars['String']['output'];
};

/** A rectangle in map coordinates. */
export type MapBounds = {
  __typename?: 'MapBounds';
  /** Right edge. */
  maxX: Scalars['Float']['output'];
  /** Bottom edge. */
  maxY: Scalars['Float']['output'];
  /** Left edge. */
  minX: Scalars['Float']['output'];
  /** Top edge. */
  minY: Scalars['Float']['output'];
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
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels the caller's order and puts its seats and tickets back on sale. */
  cancelOrder: Order;
  /**
   * Checks a ticket in at the door by the secret its QR code holds. For the event's organiser or a
   * key with `CHECK_IN` that reaches the event. Of any number of concurrent scans of one ticket,
   * exactly one answers `CHECKED_IN`.
   */
  checkIn: CheckInResult;
  /**
   * Turns the caller's active hold into a confirmed order. `HOLD_EXPIRED` when the hold has expired
   * or was released. Calling it again with the same `idempotencyKey` returns the same order.
   */
  checkout: Order;
  /** Makes an API key for some of the caller's events. Organisers only; `NOT_FOUND` for an event that is not theirs. */
  createApiKey: ApiKeyCreated;
  /** Creates an event in DRAFT with its tiers and generated seat map. Organisers only (`FORBIDDEN`). */
  createEvent: Event;
  /** Opens an empty hold for one anonymous customer of the partner. Needs a key with `SELL` that reaches the event, which must be on sale. */
  createHoldToken: HoldToken;
  /** Makes a webhook for some of the caller's events. Organisers only. */
  createWebhook: WebhookCreated;
  /** Stops a webhook: nothing more is delivered to it. */
  deleteWebhook: Webhook;
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
  /**
   * Puts the caller's draft on sale, whenever it was saved. Only the event's organiser
   * (`FORBIDDEN`); a closed event, or a draft whose start has passed, is `BAD_USER_INPUT`.
   * Publishing twice is harmless.
   */
  publishEvent: Event;
  /** Sends a delivery once more now, whatever its status (with the same `webhook-id`). */
  redeliverWebhook: WebhookDelivery;
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
  /** Ends a key at once: its next request is refused, and its open WebSockets are closed. Revoking twice is harmless. */
  revokeApiKey: ApiKey;
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
export type MutationCheckInArgs = {
  eventId: Scalars['ID']['input'];
  secret: Scalars['String']['input'];
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
  buyer?: InputMaybe<BuyerInput>;
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
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
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
export type MutationCreateHoldTokenArgs = {
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
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
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
export type MutationDeleteWebhookArgs = {
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
  holdToken?: InputMaybe<Scalars['String']['input']>;
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
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
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
  holdToken?: InputMaybe<Scalars['String']['input']>;
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
  holdToken?: InputMaybe<Scalars['String']['input']>;
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
  holdToken?: InputMaybe<Scalars['String']['input']>;
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
  holdToken?: InputMaybe<Scalars['String']['input']>;
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
export type MutationRevokeApiKeyArgs = {
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
  /** Who bought it: shown to the event's organiser and its keys only (null for anyone else). */
  buyer?: Maybe<Buyer>;
  /** When the order was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of `totalCents`. */
  currency: Scalars['String']['output'];
  /** The event, with its name and venue. */
  event: Event;
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

/** A page of an event's orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page. */
  edges: Array<OrderEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many orders match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One order in a page of orders. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque position of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
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
  /** True when edges come before this page (the page was read with `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type Query = {
  __typename?: 'Query';
  /** The caller's API keys, newest first. Organisers only. */
  apiKeys: Array<ApiKey>;
  /** One event. `NOT_FOUND` when it does not exist or is another organiser's draft. */
  event?: Maybe<Event>;
  /** Published events (and the caller's own drafts for an organiser), soonest first. `first` is 1..100, default 20. */
  events: EventConnection;
  /** One hold: the caller's own, or (with an API key with `READ` or `SELL`) one of the key's hold tokens' holds. `NOT_FOUND` otherwise. */
  hold?: Maybe<Hold>;
  /** The caller's account, or null without a token. */
  me?: Maybe<User>;
  /** One order: for its buyer, the event's organiser, or a key with `READ` that reaches the event. `NOT_FOUND` otherwise. */
  order?: Maybe<Order>;
  /** The caller's ticket in the event's waiting room, or null when they have not joined. Needs a token. */
  queueTicket?: Maybe<QueueTicket>;
  /** One seat. `NOT_FOUND` when it does not exist or belongs to another organiser's draft (the same answer for both). */
  seat?: Maybe<Seat>;
  /** A webhook's deliveries, newest first, with each attempt. The webhook's organiser only. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The caller's webhooks, newest first. Organisers only. */
  webhooks: Array<Webhook>;
};


/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type QueryHoldArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type QueryQueueTicketArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type QuerySeatArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Anyone may read published events and their seat maps; `me` needs a token.
 * Every query spends its cost (a point per field, times the real length of each list: an event's
 * `seats` count as many as it has) from a budget per client address; when it is spent a query fails
 * with `RATE_LIMITED`, HTTP 429, `extensions.retryAfterSeconds` and `Retry-After`. A whole seat map
 * is cheapest as `Event.seatLayout` (once) and `Event.seatStates`.
 */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
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

/** How a section's rows are labelled. */
export type RowLabelStyle =
  /** A, B, C, ... Z, AA, AB, ..., without I and O (they read as 1 and 0). */
  | 'LETTERS'
  /** 1, 2, 3, ... */
  | 'NUMBERS';

/** A row as drawn. */
export type RowLayout = {
  __typename?: 'RowLayout';
  /** Where the row's label goes after its last seat. */
  endX: Scalars['Float']['output'];
  /** Where the row's label goes after its last seat. */
  endY: Scalars['Float']['output'];
  /** Index of its seat number 1 in `SeatLayout.seats`. */
  firstSeat: Scalars['Int']['output'];
  /** Row label, as printed on tickets (`Seat.row`). */
  label: Scalars['String']['output'];
  /** How many seats it has. */
  seatCount: Scalars['Int']['output'];
  /** Where the row's label goes before its first seat (the seated buyer's left). */
  startX: Scalars['Float']['output'];
  /** Where the row's label goes before its first seat. */
  startY: Scalars['Float']['output'];
};

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
  /** The caller's hold that has this seat (the hold a reservation went into); null unless `heldByMe`. */
  hold?: Maybe<Hold>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What the seat is for: a standard seat, a wheelchair place, a companion seat, a restricted view. */
  kind: SeatKind;
  /** A label to show people: "Section B, row 4, seat 12". */
  label: Scalars['String']['output'];
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

/** Every seat of a layout, one entry per seat in each list, in layout order. */
export type SeatColumns = {
  __typename?: 'SeatColumns';
  /** Number of seats. */
  count: Scalars['Int']['output'];
  /** Seat ids (the same number as `Seat.id`). */
  ids: Array<Scalars['Int']['output']>;
  /** Each seat's kind, one character per seat: S STANDARD, W WHEELCHAIR, C COMPANION, R RESTRICTED_VIEW. */
  kind: Scalars['String']['output'];
  /** Each seat's number within its row. */
  number: Array<Scalars['Int']['output']>;
  /** Each seat's tier, as an index into `SeatLayout.tierIds`. */
  tier: Array<Scalars['Int']['output']>;
  /** Horizontal position of each seat's centre. */
  x: Array<Scalars['Float']['output']>;
  /** Vertical position of each seat's centre. */
  y: Array<Scalars['Float']['output']>;
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
  fromSeat: Scalars['Int']['input'];
  /** What the seats are for. */
  kind: SeatKind;
  /** The row, 1-based. */
  row: Scalars['Int']['input'];
  /** Last seat number of the range, inclusive. */
  toSeat: Scalars['Int']['input'];
};

/**
 * An event's seat map as a map draws it: the venue's shapes and sections and every seat's place,
 * in compact columns. Seats are ordered by section (as created), row (front first) and number, so
 * each section and each row is a contiguous range of indexes; `SeatStates` uses the same order.
 * Never changes once the event exists. Also served, compressed and cacheable (`ETag`,
 * `Cache-Control`), as JSON of this same shape at `GET /seat-maps/{eventId}/layout`.
 * Coordinates are in seat widths, x to the right and y down as drawn; (0, 0) is the venue's centre.
 */
export type SeatLayout = {
  __typename?: 'SeatLayout';
  /** The rectangle that holds every seat, shape and label. */
  bounds: MapBounds;
  /** The event. */
  eventId: Scalars['ID']['output'];
  /** Identifies this layout and its encoding (the HTTP form's ETag). `SeatStates.layoutRevision` names the layout it indexes. */
  revision: Scalars['String']['output'];
  /** Every seat, in columns. */
  seats: SeatColumns;
  /** The sections, in the order they were created. */
  sections: Array<SectionLayout>;
  /** The stage and the floor, to draw under the seats in this order. */
  shapes: Array<VenueShape>;
  /** The event's tier ids; `seats.tier` holds indexes into this list. Names and prices: `Event.tiers`. */
  tierIds: Array<Scalars['ID']['output']>;
};

/**
 * Every seat's status and version, in the order of the event's `SeatLayout`, with counts per
 * section. The same for every viewer: a seat in the caller's own hold is H like any other (the
 * caller's own seats are in `me { holds { seats } }`). Also served, compressed and cacheable
 * (`ETag`, `If-None-Match` answered with 304), as JSON of this same shape at
 * `GET /seat-maps/{eventId}/states`. Kept live by `seatUpdated`: apply an update to a seat only
 * when its version is newer than the one held; merge a refetched document the same way.
 */
export type SeatStates = {
  __typename?: 'SeatStates';
  /** Number of seats. */
  count: Scalars['Int']['output'];
  /** The event. */
  eventId: Scalars['ID']['output'];
  /** The `SeatLayout.revision` these indexes belong to. */
  layoutRevision: Scalars['String']['output'];
  /** Identifies these states (the HTTP form's ETag): equal revisions, equal states. */
  revision: Scalars['String']['output'];
  /** Seats left, held and sold per section, in the layout's section order. */
  sections: Array<SectionCounts>;
  /** One character per seat: A AVAILABLE, H HELD, S SOLD. */
  statuses: Scalars['String']['output'];
  /** Each seat's version. */
  versions: Array<Scalars['Int']['output']>;
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

/** How many seats of a section are in each status. */
export type SectionCounts = {
  __typename?: 'SectionCounts';
  /** Seats that can be reserved. */
  available: Scalars['Int']['output'];
  /** Seats in holds. */
  held: Scalars['Int']['output'];
  /** Seats sold. */
  sold: Scalars['Int']['output'];
};

/**
 * A block of seats: `rows` rows of seats. Without a `placement`, sections are laid out left to right
 * in the order given, row 1 at the front. With one, the section sits around the venue's centre (a
 * hall's stage front, an arena's floor), its rows straight or curved around that centre.
 */
export type SectionInput = {
  /** An aisle one seat wide after each of these seat numbers of row 1; wider rows keep it at the same share of the row. */
  aisles?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Section name, for example A, 101 or Balcony. */
  name: Scalars['String']['input'];
  /** Where the section sits around the venue's centre. Absent: the plain left-to-right layout. */
  placement?: InputMaybe<SectionPlacementInput>;
  /** How rows are labelled: NUMBERS (default) or LETTERS. */
  rowLabels?: InputMaybe<RowLabelStyle>;
  /** Number of rows, 1-based, row 1 nearest the stage or floor (1..200). */
  rows: Scalars['Int']['input'];
  /** Wheelchair places, companion seats and restricted views; every other seat is STANDARD. */
  seatKinds?: InputMaybe<Array<SeatKindRangeInput>>;
  /**
   * Each row has this many more seats than the one in front of it, for wedges that widen backwards
   * (0..20, default 0); a fraction adds a seat every few rows (row r has round(seatsPerRow + (r - 1) * seatsAddedPerRow) seats).
   */
  seatsAddedPerRow?: InputMaybe<Scalars['Float']['input']>;
  /** Seats in row 1, numbered 1.. from the seated buyer's left (1..500). */
  seatsPerRow: Scalars['Int']['input'];
  /**
   * Which tier each row range belongs to; every row must be covered exactly once. Absent: the
   * event's RESERVED tiers in the order given, by row range (the first at the front, the rows split
   * as evenly as possible).
   */
  tiers?: InputMaybe<Array<RowRangeInput>>;
};

/** A section as drawn. */
export type SectionLayout = {
  __typename?: 'SectionLayout';
  /** Bearing of its centre line from the venue's centre, degrees clockwise as drawn, 0 below the centre. */
  angle: Scalars['Float']['output'];
  /** Degrees its rows span when curved; 0 for straight rows. */
  arc: Scalars['Float']['output'];
  /** Rows are arcs around the venue's centre and seats face it; false: straight rows facing against the bearing. */
  curved: Scalars['Boolean']['output'];
  /** Index of its first seat in `SeatLayout.seats`. */
  firstSeat: Scalars['Int']['output'];
  /** Where its name is drawn (the middle of its seats). */
  labelX: Scalars['Float']['output'];
  /** Where its name is drawn. */
  labelY: Scalars['Float']['output'];
  /** Section name. */
  name: Scalars['String']['output'];
  /** Distance from the venue's centre to its front row. */
  offset: Scalars['Float']['output'];
  /** A closed polygon around its seats, as x0, y0, x1, y1, ...: the overview's fill and the area a click on it zooms into. */
  outline: Array<Scalars['Float']['output']>;
  /** Its rows, front first. */
  rows: Array<RowLayout>;
  /** How many seats it has (indexes firstSeat .. firstSeat + seatCount - 1). */
  seatCount: Scalars['Int']['output'];
};

/**
 * Where a section sits. Coordinates are in seat widths, x to the right and y down as drawn, (0, 0)
 * the venue's centre; bearings are in degrees clockwise as drawn, 0 meaning below the centre.
 */
export type SectionPlacementInput = {
  /** Bearing of the section's centre line from the venue's centre: 0 below it, 90 to its left, 180 above, 270 to its right. */
  angle: Scalars['Float']['input'];
  /** Degrees its rows span, curved around the venue's centre (0..360). 0 or absent: straight rows across the bearing. */
  arc?: InputMaybe<Scalars['Float']['input']>;
  /** Distance from the venue's centre to the section's front row (-1000..1000; negative: straight rows on the far side of the centre, such as floor seats before it; curved rows need a positive one). */
  offset: Scalars['Float']['input'];
  /** Straight rows only: slides the section sideways, to the right of its seated buyers (negative: to their left). */
  shift?: InputMaybe<Scalars['Float']['input']>;
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
  /**
   * The tier, with its new counts and version, after every committed change of its counters. A
   * general-admission tier is published by the change itself; a reserved tier's counts follow its
   * seats within 250 ms (one update per tier however many seats changed meanwhile).
   */
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
  /** When the ticket was let in at the door; null until then. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The price paid, in minor units. */
  priceCents: Scalars['Int']['output'];
  /** The QR code of `secret`, as an SVG image; null when `secret` is. */
  qrCodeSvg?: Maybe<Scalars['String']['output']>;
  /** The seat, for a reserved-seat ticket; null for general admission. */
  seat?: Maybe<Seat>;
  /**
   * What the ticket's QR code holds, and what the door scans (`checkIn`). Unguessable. Shown only to
   * the order's buyer, the event's organiser and the event's keys with `READ` or `SELL`; null otherwise.
   */
  secret?: Maybe<Scalars['String']['output']>;
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
  /**
   * Grows by one on every change of the tier's counters; ignore an update whose version is not newer.
   * A reserved tier's counters (and so its version) follow its seats within 250 ms.
   */
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

/** A rectangle drawn under the seats. */
export type VenueShape = {
  __typename?: 'VenueShape';
  /** Radius of its rounded corners (0: square). */
  cornerRadius: Scalars['Float']['output'];
  /** Its depth. */
  depth: Scalars['Float']['output'];
  /** Stage or floor. */
  kind: VenueShapeKind;
  /** Text to draw on it. */
  label: Scalars['String']['output'];
  /** Degrees clockwise. */
  rotation: Scalars['Float']['output'];
  /** Its width. */
  width: Scalars['Float']['output'];
  /** Horizontal position of its centre. */
  x: Scalars['Float']['output'];
  /** Vertical position of its centre. */
  y: Scalars['Float']['output'];
};

/** A rectangle drawn under the seats (the stage, the floor), in the coordinates of `SectionPlacementInput`. */
export type VenueShapeInput = {
  /** Rounded corners of this radius; default 0. */
  cornerRadius?: InputMaybe<Scalars['Float']['input']>;
  /** Its depth (0..1000). */
  depth: Scalars['Float']['input'];
  /** Text drawn on it; defaults to Stage or Floor. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Degrees clockwise; default 0. */
  rotation?: InputMaybe<Scalars['Float']['input']>;
  /** Its width (0..1000). */
  width: Scalars['Float']['input'];
  /** Horizontal position of its centre. */
  x: Scalars['Float']['input'];
  /** Vertical position of its centre (down as drawn). */
  y: Scalars['Float']['input'];
};

/** What a venue shape is. */
export type VenueShapeKind =
  /** An arena's floor (standing or floor seats are drawn on it). */
  | 'FLOOR'
  /** Where the performers are. */
  | 'STAGE';

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

/**
 * An organiser's HTTP endpoint that receives changes of some of their events. Every change is
 * written to an outbox by the statement that makes it, then POSTed as JSON
 * (`{ "type", "timestamp", "data" }`) signed the Standard Webhooks way (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`), at least
 * once, retried with growing delays (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: over 27 hours)
 * until the endpoint answers 2xx. `webhook-id` stays the same across retries: use it to ignore
 * repeats.
 */
export type Webhook = {
  __typename?: 'Webhook';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The events it receives changes of. */
  events: Array<Event>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The changes it receives. */
  types: Array<WebhookType>;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};

/** One try at delivering a change. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When it was sent. */
  attemptedAt: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** The endpoint's HTTP status; null when no answer came (timeout, refused connection). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** A new webhook and its signing secret, shown only here. */
export type WebhookCreated = {
  __typename?: 'WebhookCreated';
  /** The signing secret (`whsec_...`): verify every delivery with it, for example with the `standardwebhooks` library. */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** One change to deliver to one webhook, with every attempt so far. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Every attempt, oldest first. */
  attempts: Array<WebhookAttempt>;
  /** When the change happened. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier (pass it to `redeliverWebhook`). */
  id: Scalars['ID']['output'];
  /** The `webhook-id` header: the same on every attempt. */
  messageId: Scalars['String']['output'];
  /** When the next attempt is due, while pending. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body, as sent. */
  payload: Scalars['String']['output'];
  /** Pending, delivered or failed. */
  status: WebhookDeliveryStatus;
  /** The kind of change. */
  type: WebhookType;
};

/** A page of a webhook's deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many deliveries the webhook has in all. */
  totalCount: Scalars['Int']['output'];
};

/** One delivery in a page of deliveries. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque position of this edge; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; `redeliverWebhook` tries once more. */
  | 'FAILED'
  /** Not delivered yet: waiting for its next attempt. */
  | 'PENDING';

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
  ApiKey: ResolverTypeWrapper<ApiKeyViewModel>;
  ApiKeyCreated: ResolverTypeWrapper<Omit<ApiKeyCreated, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  ApiScope: ApiScope;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Buyer: ResolverTypeWrapper<Buyer>;
  BuyerInput: BuyerInput;
  CheckInResult: ResolverTypeWrapper<Omit<CheckInResult, 'ticket'> & { ticket?: Maybe<ResolversTypes['Ticket']> }>;
  CheckInStatus: CheckInStatus;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateEventInput: CreateEventInput;
  CreateWebhookInput: CreateWebhookInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventStatus: EventStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HeldSeat: ResolverTypeWrapper<Omit<HeldSeat, 'seat'> & { seat: ResolversTypes['Seat'] }>;
  HeldTickets: ResolverTypeWrapper<HeldTicketsViewModel>;
  Hold: ResolverTypeWrapper<HoldViewModel>;
  HoldStatus: HoldStatus;
  HoldToken: ResolverTypeWrapper<Omit<HoldToken, 'hold'> & { hold: ResolversTypes['Hold'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MapBounds: ResolverTypeWrapper<MapBounds>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderViewModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueuePolicy: ResolverTypeWrapper<QueuePolicyViewModel>;
  QueuePolicyInput: QueuePolicyInput;
  QueueStats: ResolverTypeWrapper<QueueStatsViewModel>;
  QueueStatus: QueueStatus;
  QueueTicket: ResolverTypeWrapper<QueueTicketViewModel>;
  Role: Role;
  RowLabelStyle: RowLabelStyle;
  RowLayout: ResolverTypeWrapper<RowLayout>;
  RowRangeInput: RowRangeInput;
  Seat: ResolverTypeWrapper<SeatViewModel>;
  SeatColumns: ResolverTypeWrapper<SeatColumns>;
  SeatKind: SeatKind;
  SeatKindRangeInput: SeatKindRangeInput;
  SeatLayout: ResolverTypeWrapper<SeatLayout>;
  SeatStates: ResolverTypeWrapper<SeatStates>;
  SeatStatus: SeatStatus;
  SeatVersionInput: SeatVersionInput;
  SectionCounts: ResolverTypeWrapper<SectionCounts>;
  SectionInput: SectionInput;
  SectionLayout: ResolverTypeWrapper<SectionLayout>;
  SectionPlacementInput: SectionPlacementInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<TicketViewModel>;
  Tier: ResolverTypeWrapper<TierViewModel>;
  TierInput: TierInput;
  TierKind: TierKind;
  User: ResolverTypeWrapper<UserViewModel>;
  VenueShape: ResolverTypeWrapper<VenueShape>;
  VenueShapeInput: VenueShapeInput;
  VenueShapeKind: VenueShapeKind;
  WaitlistEntry: ResolverTypeWrapper<WaitlistEntryViewModel>;
  WaitlistStatus: WaitlistStatus;
  Webhook: ResolverTypeWrapper<WebhookViewModel>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptViewModel>;
  WebhookCreated: ResolverTypeWrapper<Omit<WebhookCreated, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryViewModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookType: WebhookType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyViewModel;
  ApiKeyCreated: Omit<ApiKeyCreated, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Boolean: Scalars['Boolean']['output'];
  Buyer: Buyer;
  BuyerInput: BuyerInput;
  CheckInResult: Omit<CheckInResult, 'ticket'> & { ticket?: Maybe<ResolversParentTypes['Ticket']> };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateEventInput: CreateEventInput;
  CreateWebhookInput: CreateWebhookInput;
  DateTime: Scalars['DateTime']['output'];
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  Float: Scalars['Float']['output'];
  HeldSeat: Omit<HeldSeat, 'seat'> & { seat: ResolversParentTypes['Seat'] };
  HeldTickets: HeldTicketsViewModel;
  Hold: HoldViewModel;
  HoldToken: Omit<HoldToken, 'hold'> & { hold: ResolversParentTypes['Hold'] };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MapBounds: MapBounds;
  Mutation: Record<PropertyKey, never>;
  Order: OrderViewModel;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  QueuePolicy: QueuePolicyViewModel;
  QueuePolicyInput: QueuePolicyInput;
  QueueStats: QueueStatsViewModel;
  QueueTicket: QueueTicketViewModel;
  RowLayout: RowLayout;
  RowRangeInput: RowRangeInput;
  Seat: SeatViewModel;
  SeatColumns: SeatColumns;
  SeatKindRangeInput: SeatKindRangeInput;
  SeatLayout: SeatLayout;
  SeatStates: SeatStates;
  SeatVersionInput: SeatVersionInput;
  SectionCounts: SectionCounts;
  SectionInput: SectionInput;
  SectionLayout: SectionLayout;
  SectionPlacementInput: SectionPlacementInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketViewModel;
  Tier: TierViewModel;
  TierInput: TierInput;
  User: UserViewModel;
  VenueShape: VenueShape;
  VenueShapeInput: VenueShapeInput;
  WaitlistEntry: WaitlistEntryViewModel;
  Webhook: WebhookViewModel;
  WebhookAttempt: WebhookAttemptViewModel;
  WebhookCreated: Omit<WebhookCreated, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  WebhookDelivery: WebhookDeliveryViewModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
}>;

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiScope']>, ParentType, ContextType>;
  secretPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApiKeyCreatedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKeyCreated'] = ResolversParentTypes['ApiKeyCreated']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type BuyerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Buyer'] = ResolversParentTypes['Buyer']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CheckInResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CheckInResult'] = ResolversParentTypes['CheckInResult']> = ResolversObject<{
  firstCheckedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CheckInStatus'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<EventOrdersArgs, 'first'>>;
  organizedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  perOrderLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['QueuePolicy']>, ParentType, ContextType>;
  seatLayout?: Resolver<ResolversTypes['SeatLayout'], ParentType, ContextType>;
  seatStates?: Resolver<ResolversTypes['SeatStates'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType, Partial<EventSeatsArgs>>;
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

export type HeldSeatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HeldSeat'] = ResolversParentTypes['HeldSeat']> = ResolversObject<{
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType>;
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
  heldSeats?: Resolver<Array<ResolversTypes['HeldSeat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HoldStatus'], ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['HeldTickets']>, ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistEntry?: Resolver<Maybe<ResolversTypes['WaitlistEntry']>, ParentType, ContextType>;
}>;

export type HoldTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HoldToken'] = ResolversParentTypes['HoldToken']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hold?: Resolver<ResolversTypes['Hold'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MapBoundsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MapBounds'] = ResolversParentTypes['MapBounds']> = ResolversObject<{
  maxX?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxY?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minX?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minY?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  checkIn?: Resolver<ResolversTypes['CheckInResult'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'eventId' | 'secret'>>;
  checkout?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCheckoutArgs, 'holdId' | 'idempotencyKey'>>;
  createApiKey?: Resolver<ResolversTypes['ApiKeyCreated'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  createHoldToken?: Resolver<ResolversTypes['HoldToken'], ParentType, ContextType, RequireFields<MutationCreateHoldTokenArgs, 'eventId'>>;
  createWebhook?: Resolver<ResolversTypes['WebhookCreated'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  extendHold?: Resolver<ResolversTypes['Hold'], ParentType, ContextType, RequireFields<MutationExtendHoldArgs, 'holdId'>>;
  holdTickets?: Resolver<ResolversTypes['Hold'], ParentType, ContextType, RequireFields<MutationHoldTicketsArgs, 'quantity' | 'tierId'>>;
  joinQueue?: Resolver<ResolversTypes['QueueTicket'], ParentType, ContextType, RequireFields<MutationJoinQueueArgs, 'eventId'>>;
  joinWaitlist?: Resolver<ResolversTypes['WaitlistEntry'], ParentType, ContextType, RequireFields<MutationJoinWaitlistArgs, 'quantity' | 'tierId'>>;
  leaveWaitlist?: Resolver<ResolversTypes['WaitlistEntry'], ParentType, ContextType, RequireFields<MutationLeaveWaitlistArgs, 'id'>>;
  logIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLogInArgs, 'email' | 'password'>>;
  logOutEverywhere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationPublishEventArgs, 'id'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'deliveryId'>>;
  releaseHold?: Resolver<ResolversTypes['Hold'], ParentType, ContextType, RequireFields<MutationReleaseHoldArgs, 'holdId'>>;
  releaseSeat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType, RequireFields<MutationReleaseSeatArgs, 'id'>>;
  reserveBestAvailable?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<MutationReserveBestAvailableArgs, 'eventId' | 'quantity' | 'tierId'>>;
  reserveSeat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType, RequireFields<MutationReserveSeatArgs, 'id' | 'version'>>;
  reserveSeats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<MutationReserveSeatsArgs, 'seats'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setEventQueue?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationSetEventQueueArgs, 'eventId'>>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'email' | 'name' | 'password'>>;
}>;

export type OrderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  buyer?: Resolver<Maybe<ResolversTypes['Buyer']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  hold?: Resolver<Maybe<ResolversTypes['Hold']>, ParentType, ContextType, RequireFields<QueryHoldArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  queueTicket?: Resolver<Maybe<ResolversTypes['QueueTicket']>, ParentType, ContextType, RequireFields<QueryQueueTicketArgs, 'eventId'>>;
  seat?: Resolver<Maybe<ResolversTypes['Seat']>, ParentType, ContextType, RequireFields<QuerySeatArgs, 'id'>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first' | 'webhookId'>>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
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

export type RowLayoutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RowLayout'] = ResolversParentTypes['RowLayout']> = ResolversObject<{
  endX?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endY?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  firstSeat?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startX?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  startY?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SeatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Seat'] = ResolversParentTypes['Seat']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  heldByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hold?: Resolver<Maybe<ResolversTypes['Hold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SeatKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SeatStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SeatColumnsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeatColumns'] = ResolversParentTypes['SeatColumns']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  tier?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  x?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  y?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SeatLayoutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeatLayout'] = ResolversParentTypes['SeatLayout']> = ResolversObject<{
  bounds?: Resolver<ResolversTypes['MapBounds'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['SeatColumns'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SectionLayout']>, ParentType, ContextType>;
  shapes?: Resolver<Array<ResolversTypes['VenueShape']>, ParentType, ContextType>;
  tierIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SeatStatesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeatStates'] = ResolversParentTypes['SeatStates']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layoutRevision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SectionCounts']>, ParentType, ContextType>;
  statuses?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SectionCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionCounts'] = ResolversParentTypes['SectionCounts']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SectionLayoutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionLayout'] = ResolversParentTypes['SectionLayout']> = ResolversObject<{
  angle?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  arc?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  curved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstSeat?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  labelX?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  labelY?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outline?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RowLayout']>, ParentType, ContextType>;
  seatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  holdUpdated?: SubscriptionResolver<ResolversTypes['Hold'], "holdUpdated", ParentType, ContextType>;
  queueStatsUpdated?: SubscriptionResolver<ResolversTypes['QueueStats'], "queueStatsUpdated", ParentType, ContextType, RequireFields<SubscriptionQueueStatsUpdatedArgs, 'eventId'>>;
  queueUpdated?: SubscriptionResolver<ResolversTypes['QueueTicket'], "queueUpdated", ParentType, ContextType, RequireFields<SubscriptionQueueUpdatedArgs, 'eventId'>>;
  seatUpdated?: SubscriptionResolver<ResolversTypes['Seat'], "seatUpdated", ParentType, ContextType, RequireFields<SubscriptionSeatUpdatedArgs, 'eventId'>>;
  tierUpdated?: SubscriptionResolver<ResolversTypes['Tier'], "tierUpdated", ParentType, ContextType, RequireFields<SubscriptionTierUpdatedArgs, 'eventId'>>;
}>;

export type TicketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = ResolversObject<{
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qrCodeSvg?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seat?: Resolver<Maybe<ResolversTypes['Seat']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type VenueShapeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VenueShape'] = ResolversParentTypes['VenueShape']> = ResolversObject<{
  cornerRadius?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VenueShapeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rotation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type WebhookResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['WebhookType']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WebhookCreatedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookCreated'] = ResolversParentTypes['WebhookCreated']> = ResolversObject<{
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WebhookType'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyCreated?: ApiKeyCreatedResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Buyer?: BuyerResolvers<ContextType>;
  CheckInResult?: CheckInResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  HeldSeat?: HeldSeatResolvers<ContextType>;
  HeldTickets?: HeldTicketsResolvers<ContextType>;
  Hold?: HoldResolvers<ContextType>;
  HoldToken?: HoldTokenResolvers<ContextType>;
  MapBounds?: MapBoundsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueuePolicy?: QueuePolicyResolvers<ContextType>;
  QueueStats?: QueueStatsResolvers<ContextType>;
  QueueTicket?: QueueTicketResolvers<ContextType>;
  RowLayout?: RowLayoutResolvers<ContextType>;
  Seat?: SeatResolvers<ContextType>;
  SeatColumns?: SeatColumnsResolvers<ContextType>;
  SeatLayout?: SeatLayoutResolvers<ContextType>;
  SeatStates?: SeatStatesResolvers<ContextType>;
  SectionCounts?: SectionCountsResolvers<ContextType>;
  SectionLayout?: SectionLayoutResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VenueShape?: VenueShapeResolvers<ContextType>;
  WaitlistEntry?: WaitlistEntryResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookCreated?: WebhookCreatedResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
}>;

