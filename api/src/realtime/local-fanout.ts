import { PubSub } from 'graphql-subscriptions';
import type { ChannelKind, ChannelPayloads } from './publisher.ts';
import { channelName } from './publisher.ts';
import { VersionGate } from './version-gate.ts';

/**
 * Hands a message to this process's subscribers of its channel. Every publisher ends here, and
 * here a row's versions are kept in order: a message older than one already delivered is dropped.
 */
export class LocalFanout {
  private readonly pubsub = new PubSub<Record<string, unknown>>();
  private readonly gate = new VersionGate();

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
