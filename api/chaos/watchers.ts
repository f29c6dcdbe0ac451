import { EventSeatsDocument, SeatUpdatedDocument } from '../../cli/src/operations.ts';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { SubscriberLedger, type SeatState } from './subscriber-ledger.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One stream of updates: a subscription from the moment its WebSocket connected (or it was sent
 * again after the server ended it) until the socket closed or the subscription ended.
 */
export interface StreamRecord {
  /** 1 for the first, +1 for every reconnect or resubscription. */
  n: number;
  openedAt: number;
  closedAt: number | null;
  /** The WebSocket close code (4205: the server asked for a resync), or null when the subscription itself ended. */
  closeCode: number | null;
  /** Every seat version this stream delivered, per seat. */
  delivered: Map<string, number[]>;
  /** The resync that followed this stream's opening (none for the first: the start-up read precedes it). */
  resync: { startedAt: number; doneAt: number } | null;
}

/** How long after a (re)connect the resync reads the event: the server registers the subscription first. */
const RESYNC_DELAY_MS = 500;
/** How long a resync after a reconnect keeps trying (the process may be restarting, the database recovering). */
const RESYNC_PATIENCE_MS = 30_000;

/**
 * A live subscriber as a browser would be: it applies only newer versions, and refetches the
 * event after every reconnect (updates sent while it was away are lost); when the server ends its
 * subscription (a database fault during subscribe) it subscribes again, and refetches too. It
 * records every stream, what each delivered and every resync, for the checker; its ledger judges
 * order as it happens.
 */
export class Watcher {
  readonly ledger = new SubscriberLedger();
  readonly streams: StreamRecord[] = [];
  /** Subscriptions the server ended with an error (each followed by a new one). */
  subscriptionErrors = 0;
  resyncs = 0;
  /** Resyncs after a reconnect that gave up (the stream then has no resync; the checker says so). */
  failedReconnectResyncs = 0;
  readonly api: number;
  private readonly client: TesseraClient;
  private stop: (() => void) | null = null;
  private readonly eventId: string;
  private closed = false;
  private socketOpen = false;

  constructor(url: string, eventId: string, api: number) {
    this.eventId = eventId;
    this.api = api;
    this.client = new TesseraClient({
      url,
      onConnected: () => {
        this.socketOpen = true;
        // The socket's first connection follows the start-up read; every later one needs a resync.
        const stream = this.openStream();
        if (stream.n > 1) void this.resyncAfterReconnect(stream);
      },
      onClosed: (code) => {
        this.socketOpen = false;
        this.closeStream(code ?? 0);
      },
    });
  }

  get view(): ReadonlyMap<string, SeatState> {
    return this.ledger.view;
  }

  get current(): StreamRecord | undefined {
    return this.streams.at(-1);
  }

  async start(): Promise<void> {
    await this.resync();
    this.subscribe();
  }

  private subscribe(): void {
    this.stop = this.client.subscribe(SeatUpdatedDocument, { eventId: this.eventId }, {
      next: ({ seatUpdated }) => {
        this.ledger.update(seatUpdated.id, seatUpdated);
        const stream = this.current;
        if (!stream || stream.closedAt !== null) return;
        const versions = stream.delivered.get(seatUpdated.id);
        if (versions) versions.push(seatUpdated.version);
        else stream.delivered.set(seatUpdated.id, [seatUpdated.version]);
      },
      // The server refused or ended the subscription (say, its visibility check met the database
      // down): this stream is over. Subscribing again opens a new one (a new connection, as the
      // client closes an idle socket), which resyncs like any reconnect.
      error: () => {
        this.subscriptionErrors++;
        this.closeStream(null);
        if (!this.closed) setTimeout(() => this.subscribeAgain(), 300);
      },
    });
  }

  private subscribeAgain(): void {
    if (this.closed) return;
    this.subscribe();
    // Had the socket stayed open, no connection opens the new stream: open it here.
    setTimeout(() => {
      if (this.closed || !this.socketOpen || this.current?.closedAt === null) return;
      void this.resyncAfterReconnect(this.openStream());
    }, 1000);
  }

  private openStream(): StreamRecord {
    this.ledger.connected();
    const stream: StreamRecord = { n: this.streams.length + 1, openedAt: Date.now(), closedAt: null, closeCode: null, delivered: new Map(), resync: null };
    this.streams.push(stream);
    return stream;
  }

  private closeStream(code: number | null): void {
    const stream = this.current;
    if (!stream || stream.closedAt !== null) return;
    stream.closedAt = Date.now();
    stream.closeCode = code;
  }

  /** The snapshot may meet the network still cut or a process still warming up: try until it works, unless a newer stream took over. */
  private async resyncAfterReconnect(stream: StreamRecord): Promise<void> {
    await sleep(RESYNC_DELAY_MS);
    const deadline = Date.now() + RESYNC_PATIENCE_MS;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      if (this.closed || this.current !== stream) return;
      const startedAt = Date.now();
      try {
        await this.resync();
        stream.resync = { startedAt, doneAt: Date.now() };
        return;
      } catch {
        await sleep(Math.min(300 * (attempt + 1), 2000));
      }
    }
    this.failedReconnectResyncs++;
  }

  async resync(): Promise<void> {
    const { event } = await this.client.request(EventSeatsDocument, { id: this.eventId }, AbortSignal.timeout(5000));
    for (const seat of event?.seats ?? []) this.ledger.snapshot(seat.id, seat);
    this.resyncs++;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stop?.();
    await this.client.close();
  }
}
