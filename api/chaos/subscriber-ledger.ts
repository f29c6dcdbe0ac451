export interface SeatState {
  version: number;
  status: string;
}

/** A message that did not raise its seat's version above what the same connection had already delivered. */
export interface StreamViolation {
  seat: string;
  /** 1 for the first WebSocket connection, +1 at every reconnect. */
  connection: number;
  /** The highest version this connection had delivered for the seat before. */
  previous: number;
  received: number;
}

/** A change of the applied view that did not move the seat forward, or one version shown with two statuses. */
export interface ViewViolation {
  seat: string;
  kind: 'backwards' | 'two states for one version';
  from: SeatState;
  to: SeatState;
  source: 'update' | 'snapshot';
}

/** Where the view's current state of a seat came from: a snapshot, or an update on connection n. */
type Origin = { kind: 'snapshot' } | { kind: 'update'; connection: number };

/**
 * What one live subscriber saw, judged as it happens (pure: no I/O, so a test can feed it any
 * sequence). Two rules, both must hold through any fault:
 *
 * - within one WebSocket connection, a seat's versions strictly increase (each API process drops a
 *   reordered older version before delivering it, so nothing else may reach the subscriber);
 * - the applied view of a seat never goes backwards, and one version of a seat never shows two
 *   statuses (a version names one state of the row).
 *
 * An update at or below the version the view already has is not a violation when the view got
 * there from a snapshot (the database read after a reconnect can overtake messages still in
 * flight) or from an earlier connection: it is ignored and counted.
 */
export class SubscriberLedger {
  readonly view = new Map<string, SeatState>();
  private readonly origin = new Map<string, Origin>();
  private lastOnConnection = new Map<string, number>();
  /** How many WebSocket connections this subscriber has had (0 before the first one). */
  connections = 0;
  received = 0;
  /** Updates ignored as not newer than a view that came from a snapshot. */
  behindSnapshot = 0;
  /** Updates ignored as not newer than a view that came from an update on an earlier connection. */
  behindEarlierConnection = 0;
  readonly streamViolations: StreamViolation[] = [];
  readonly viewViolations: ViewViolation[] = [];

  /** A new WebSocket connection is up: the per-connection order starts afresh. */
  connected(): void {
    this.connections++;
    this.lastOnConnection = new Map();
  }

  /** A message received on the current connection; returns whether it changed the view. */
  update(seat: string, state: SeatState): boolean {
    this.received++;
    const last = this.lastOnConnection.get(seat);
    if (last !== undefined && state.version <= last) {
      this.streamViolations.push({ seat, connection: this.connections, previous: last, received: state.version });
    }
    this.lastOnConnection.set(seat, Math.max(last ?? state.version, state.version));
    const current = this.view.get(seat);
    if (current && state.version <= current.version) {
      const origin = this.origin.get(seat);
      if (origin?.kind === 'snapshot') this.behindSnapshot++;
      else if (origin?.kind === 'update' && origin.connection !== this.connections) this.behindEarlierConnection++;
      // Behind an update of this same connection: already a stream violation above.
    }
    return this.apply(seat, state, 'update');
  }

  /** A seat as read from the server's snapshot (a query, answered from the database). */
  snapshot(seat: string, state: SeatState): boolean {
    return this.apply(seat, state, 'snapshot');
  }

  /** The subscriber's policy: only a newer version replaces what it shows. */
  private apply(seat: string, state: SeatState, source: 'update' | 'snapshot'): boolean {
    const current = this.view.get(seat);
    if (current && current.version === state.version && current.status !== state.status) {
      this.viewViolations.push({ seat, kind: 'two states for one version', from: current, to: state, source });
    }
    if (current && current.version >= state.version) return false;
    this.changeView(seat, { version: state.version, status: state.status }, source);
    return true;
  }

  /**
   * The only way the view changes; judged here, independently of the policy above, so that a
   * policy that lets an older state through (say, a resync where "the server wins") is caught.
   */
  changeView(seat: string, state: SeatState, source: 'update' | 'snapshot'): void {
    const current = this.view.get(seat);
    if (current && state.version <= current.version) {
      this.viewViolations.push({ seat, kind: 'backwards', from: current, to: state, source });
    }
    this.view.set(seat, state);
    this.origin.set(seat, source === 'snapshot' ? { kind: 'snapshot' } : { kind: 'update', connection: this.connections });
  }
}

export const describeStreamViolation = (v: StreamViolation, watcher: number | string) =>
  `watcher ${watcher} connection ${v.connection} seat ${v.seat}: v${v.received} after v${v.previous}`;

export const describeViewViolation = (v: ViewViolation, watcher: number | string) =>
  `watcher ${watcher} seat ${v.seat}: ${v.kind}, v${v.from.version} ${v.from.status} -> v${v.to.version} ${v.to.status} (${v.source})`;
