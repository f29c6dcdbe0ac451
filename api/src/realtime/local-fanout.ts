import { PubSub } from 'graphql-subscriptions';
import type { ChannelKind, ChannelPayloads } from './publisher.ts';
import { channelName } from './publisher.ts';
import { VersionGate } from './version-gate.ts';

/** graphql-subscriptions' PubSub, telling whether anyone listens to a channel, and listening at once. */
class ListenedPubSub extends PubSub<Record<string, unknown>> {
  listening(channel: string): boolean {
    return this.ee.listenerCount(channel) > 0;
  }

  /**
   * The channel's messages from this call on. PubSub's own iterator starts listening only at its
   * first `next()`: a resolver that subscribes, then reads the state the messages move (the
   * queue's ticket), lost what was published between its read and that first `next()`. So that
   * first `next()` is asked for here, at once (it adds the listener synchronously), and handed to
   * the first reader; until then PubSub's iterator buffers what comes, and `return()` stops it.
   */
  listen<T>(channel: string): AsyncIterableIterator<T> {
    const inner = this.asyncIterableIterator<T>(channel);
    let first: Promise<IteratorResult<T>> | null = inner.next();
    let closed = false;
    const done = { done: true, value: undefined } as const;
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        const pending = first;
        first = null;
        // PubSub's iterator would listen again if asked after `return()`.
        return pending ?? (closed ? Promise.resolve(done) : inner.next());
      },
      return: () => {
        closed = true;
        return inner.return!();
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

/**
 * Hands a message to this process's subscribers of its channel. Every publisher ends here, and
 * here a row's versions are kept in order: a message older than one already delivered is dropped.
 */
export class LocalFanout {
  private readonly pubsub = new ListenedPubSub();
  private readonly gate = new VersionGate();

  /**
   * Whether this process has a subscriber of the channel. Every process receives every change
   * (redis-publisher.ts); in an on-sale most are for buyers and seat maps that no socket of this
   * process follows, and are skipped without passing the version gate. The gate orders what is
   * delivered: a subscriber that comes later reads the current state first and ignores what is
   * not newer (rule 9).
   */
  listening(channel: string): boolean {
    return this.pubsub.listening(channel);
  }

  deliver(channel: string, payload: unknown): void {
    if (this.gate.admit(channel, payload)) void this.pubsub.publish(channel, payload);
  }

  /** Messages dropped because a newer version of the same row was delivered first. */
  get reordered(): number {
    return this.gate.dropped;
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.pubsub.listen<ChannelPayloads[K]>(channelName(kind, key));
  }
}
