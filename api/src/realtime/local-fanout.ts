import { PubSub } from 'graphql-subscriptions';
import type { ChannelKind, ChannelPayloads } from './publisher.ts';
import { channelName } from './publisher.ts';

/** Hands a message to this process's subscribers of its channel. Every publisher ends here. */
export class LocalFanout {
  private readonly pubsub = new PubSub<Record<string, unknown>>();

  deliver(channel: string, payload: unknown): void {
    void this.pubsub.publish(channel, payload);
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.pubsub.asyncIterableIterator<ChannelPayloads[K]>(channelName(kind, key));
  }
}
