/**
 * Subscriptions whose result is personal but follows from one shared message: every watcher of an
 * event's queue gets its own ticket, yet what moves them all is one message per step ("admitted
 * up to position 4,200"). A `subscribe` resolver marks its source with the subscriber's
 * projection; shared-subscriptions.ts then groups such subscribers like any others (one source,
 * one message per change) but, instead of one execution of the selection per change, asks each
 * subscriber's projection for its value and writes it as a frame (flat-result.ts), so a change
 * costs each socket a little arithmetic and no execution and no query.
 *
 * The projection is made by the subscriber's own `subscribe` resolver, with its own context (its
 * user, its checks), so it can never hand one subscriber another's data.
 */
const PROJECTION = Symbol('tessera.projection');

export interface Projection<Payload = unknown, Value = unknown> {
  /** The subscriber's value as it stands when it subscribes (sent at once), or null. */
  initial: Value | null;
  /**
   * The subscriber's value after a shared message, or null when nothing it would see changed.
   * The value is what the subscription field resolves to (its `resolve` must be the identity).
   */
  project(payload: Payload): Value | null | Promise<Value | null>;
}

export type ProjectedSource<Payload, Value> = AsyncIterableIterator<Payload> & { [PROJECTION]: Projection<Payload, Value> };

/** Marks `source` (the shared channel) with one subscriber's projection. */
export function projected<Payload, Value>(source: AsyncIterableIterator<Payload>, projection: Projection<Payload, Value>): ProjectedSource<Payload, Value> {
  return Object.assign(source, { [PROJECTION]: projection });
}

export function projectionOf(source: unknown): Projection | null {
  if (typeof source !== 'object' || source === null || !(PROJECTION in source)) return null;
  return (source as { [PROJECTION]: Projection })[PROJECTION];
}
