import { PubSub } from 'graphql-subscriptions';
import type { ChannelKind, ChannelPayloads } from './publisher.ts';
import { channelName } from './publisher.ts';
import { VersionGate } from './version-gate.ts';

/** graphql-subscriptions' PubSub, telling whether anyone listens to a channel. */
class ListenedPubSub extends PubSub<Record<string, unknown>> {
  listening(channel: string): boolean {
    return this.ee.listenerCount(channel) > 0;
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
    return this.pubsub.asyncIterableIterator<ChannelPayloads[K]>(channelName(kind, key));
  }
}
