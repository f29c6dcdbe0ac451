import { EventSeatsDocument, SeatUpdatedDocument } from '../../cli/src/operations.ts';
import { TesseraClient } from '../../cli/src/tessera-client.ts';
import { SubscriberLedger, type SeatState } from './subscriber-ledger.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A live subscriber as a browser would be: it applies only newer versions, and refetches the
 * event after every reconnect (updates sent while it was away are lost). Its ledger judges what
 * it receives: per WebSocket connection a seat's versions must strictly increase, and its view
 * must never go backwards.
 */
export class Watcher {
  readonly ledger = new SubscriberLedger();
  resyncs = 0;
  /** Resyncs after a reconnect that failed every attempt (the final resync still repairs the view). */
  failedReconnectResyncs = 0;
  private readonly client: TesseraClient;
  private stop: (() => void) | null = null;
  private readonly eventId: string;
  private closed = false;

  constructor(url: string, eventId: string) {
    this.eventId = eventId;
    this.client = new TesseraClient({
      url,
      onConnected: (wasRetry) => {
        this.ledger.connected();
        if (wasRetry) void this.resyncAfterReconnect(this.ledger.connections);
      },
    });
  }

  get view(): ReadonlyMap<string, SeatState> {
    return this.ledger.view;
  }

  async start(): Promise<void> {
    await this.resync();
    this.stop = this.client.subscribe(SeatUpdatedDocument, { eventId: this.eventId }, {
      next: ({ seatUpdated }) => void this.ledger.update(seatUpdated.id, seatUpdated),
    });
  }

  /** The snapshot may meet the network still cut or a process still warming up: try a few times, unless a newer connection took over. */
  private async resyncAfterReconnect(connection: number): Promise<void> {
    for (let attempt = 0; attempt < 6; attempt++) {
      if (this.closed || this.ledger.connections !== connection) return;
      try {
        await this.resync();
        return;
      } catch {
        await sleep(300 * (attempt + 1));
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
