import { PubSub } from 'graphql-subscriptions';
import { channelName, type ChannelKind, type ChannelPayloads, type Publisher } from './publisher.ts';

/** Single-process fan-out: every subscriber of this process gets every publish of this process. */
export class MemoryPublisher implements Publisher {
  private readonly pubsub = new PubSub<Record<string, unknown>>();

  async publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void> {
    await this.pubsub.publish(channelName(kind, key), payload);
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.pubsub.asyncIterableIterator<ChannelPayloads[K]>(channelName(kind, key));
  }

  async close(): Promise<void> {}
}
