import { EventSeatsDocument, SeatUpdatedDocument } from '../../cli/src/operations.ts';
import { TesseraClient } from '../../cli/src/tessera-client.ts';

interface SeatView {
  version: number;
  status: string;
}

/**
 * A live subscriber as a browser would be: it applies only newer versions, and refetches the
 * event after every reconnect (the server's state wins). It counts updates that arrived older
 * than what it had (told apart from a regression of its view, which must never happen).
 */
export class Watcher {
  readonly view = new Map<string, SeatView>();
  received = 0;
  staleDeliveries = 0;
  resyncs = 0;
  private readonly client: TesseraClient;
  private stop: (() => void) | null = null;
  private readonly eventId: string;

  constructor(url: string, eventId: string) {
    this.eventId = eventId;
    this.client = new TesseraClient({ url, onConnected: (wasRetry) => wasRetry && void this.resync().catch(() => {}) });
  }

  async start(): Promise<void> {
    await this.resync();
    this.stop = this.client.subscribe(SeatUpdatedDocument, { eventId: this.eventId }, {
      next: ({ seatUpdated }) => {
        this.received++;
        if (!this.apply(seatUpdated.id, seatUpdated)) this.staleDeliveries++;
      },
    });
  }

  private apply(id: string, seat: SeatView): boolean {
    const current = this.view.get(id);
    if (current && current.version >= seat.version) return false;
    this.view.set(id, { version: seat.version, status: seat.status });
    return true;
  }

  async resync(): Promise<void> {
    const { event } = await this.client.request(EventSeatsDocument, { id: this.eventId }, AbortSignal.timeout(5000));
    for (const seat of event?.seats ?? []) this.apply(seat.id, seat);
    this.resyncs++;
  }

  async close(): Promise<void> {
    this.stop?.();
    await this.client.close();
  }
}
