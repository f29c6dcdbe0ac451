import { LocalFanout } from './local-fanout.ts';
import { channelName, type ChannelKind, type ChannelPayloads, type Publisher } from './publisher.ts';

/** Single-process fan-out: every subscriber of this process gets every publish of this process. */
export class MemoryPublisher implements Publisher {
  private readonly fanout = new LocalFanout();

  async publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void> {
    this.fanout.deliver(channelName(kind, key), payload);
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.fanout.subscribe(kind, key);
  }

  async close(): Promise<void> {}
}
