import type { Logger } from 'pino';
import type { ChannelKind, ChannelPayloads, Publisher } from './publisher.ts';

/**
 * Publishing happens after the commit: by then the change has happened, so a fan-out failure
 * (Redis down) must not turn the request into an error, which would tell the buyer their
 * reservation or order failed when it did not. The failure is logged and counted; subscribers
 * catch up through versions and the resync on reconnect.
 */
export class AfterCommitPublisher implements Publisher {
  private readonly inner: Publisher;
  private readonly logger: Logger;
  private readonly onFailure: () => void;

  constructor(inner: Publisher, logger: Logger, onFailure: () => void) {
    this.inner = inner;
    this.logger = logger;
    this.onFailure = onFailure;
  }

  async publish<K extends ChannelKind>(kind: K, key: number, payload: ChannelPayloads[K]): Promise<void> {
    try {
      await this.inner.publish(kind, key, payload);
    } catch (error) {
      this.onFailure();
      this.logger.warn({ err: (error as Error).message, channel: `${kind}:${key}` }, 'publish failed after commit');
    }
  }

  subscribe<K extends ChannelKind>(kind: K, key: number): AsyncIterableIterator<ChannelPayloads[K]> {
    return this.inner.subscribe(kind, key);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  onGap(listener: () => void): void {
    this.inner.onGap?.(listener);
  }
}
