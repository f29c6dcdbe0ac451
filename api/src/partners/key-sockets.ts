import type { Logger } from 'pino';
import type { Publisher } from '../realtime/publisher.ts';

/** A socket to end when its key is revoked. */
export interface Closable {
  close(code: number, reason: string): void;
}

/** graphql-ws's Forbidden: the client may reconnect, and is then refused. */
export const KEY_REVOKED = 4403;

/** A revocation as it travels to every process (no `version`: the version gate lets it through). */
export interface KeyRevocation {
  id: number;
}

declare module '../realtime/publisher.ts' {
  interface ChannelPayloads {
    /** API keys revoked (one channel, key 0): every process closes its sockets of that key. */
    apiKeyRevoked: KeyRevocation;
  }
}

/**
 * The WebSockets opened with each API key, on this process. A revocation closes them here and is
 * published, so every process closes its own; a lost message is caught by `sweep`, which asks the
 * database now and then which of the open keys were revoked.
 */
export class KeySockets {
  private readonly byKey = new Map<number, Set<Closable>>();
  private readonly publisher: Publisher;
  private readonly logger: Logger;
  private listening: AsyncIterableIterator<KeyRevocation> | null = null;
  private backstop: NodeJS.Timeout | undefined;

  constructor(publisher: Publisher, logger: Logger) {
    this.publisher = publisher;
    this.logger = logger;
  }

  /** Starts hearing revocations made on other processes. */
  listen(): void {
    const stream = this.publisher.subscribe('apiKeyRevoked', 0);
    this.listening = stream;
    void (async () => {
      try {
        for await (const revocation of stream) this.close(revocation.id);
      } catch (error) {
        this.logger.warn({ err: error }, 'API key revocations: stream ended');
      }
    })();
  }

  add(keyId: number, socket: Closable): void {
    let sockets = this.byKey.get(keyId);
    if (!sockets) this.byKey.set(keyId, (sockets = new Set()));
    sockets.add(socket);
  }

  remove(keyId: number, socket: Closable): void {
    const sockets = this.byKey.get(keyId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byKey.delete(keyId);
  }

  get openKeys(): number[] {
    return [...this.byKey.keys()];
  }

  /** Closes this process's sockets of the key; returns how many. */
  close(keyId: number): number {
    const sockets = this.byKey.get(keyId);
    if (!sockets) return 0;
    this.byKey.delete(keyId);
    for (const socket of sockets) socket.close(KEY_REVOKED, 'API key revoked');
    return sockets.size;
  }

  /** The key was revoked here: close its sockets on this process and tell the others. */
  async revoked(keyId: number): Promise<void> {
    this.close(keyId);
    await this.publisher.publish('apiKeyRevoked', 0, { id: keyId });
  }

  /**
   * The backstop for a lost revocation message: every `ms`, asks which of this process's open keys
   * were revoked (`revokedAmong`, one query) and closes their sockets.
   */
  watch(revokedAmong: (ids: number[]) => Promise<number[]>, ms: number): void {
    this.backstop = setInterval(() => {
      const open = this.openKeys;
      if (open.length === 0) return;
      revokedAmong(open).then(
        (revoked) => revoked.forEach((id) => this.close(id)),
        (error: unknown) => this.logger.warn({ err: error }, 'API key sockets: revocation check failed'),
      );
    }, ms);
    this.backstop.unref();
  }

  stop(): void {
    clearInterval(this.backstop);
    void this.listening?.return?.();
  }
}
