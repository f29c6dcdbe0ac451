import { CreateEventDocument, EventSeatsDocument, JoinQueueDocument, PublishEventDocument, ReserveSeatDocument } from '../../cli/src/operations.ts';
import { TesseraClient, TesseraError } from '../../cli/src/tessera-client.ts';
import type { History } from './history.ts';
import type { Buyer } from './workload.ts';

/**
 * The fault run's waiting room: an event whose queue opens a few seconds into the run and admits
 * at a rate the run outlasts, so that API processes are killed while they admit. Kept apart from
 * the main stage and its history (the main checker judges that one).
 */
export interface QueueStage {
  eventId: string;
  seatIds: string[];
  admitPerMinute: number;
}

/** What the queue's buyers were told. */
export interface QueueLog {
  /** Tickets a buyer was told were ADMITTED (by joinQueue), with when. */
  told: { buyer: number; ticketId: string; at: number }[];
  /** Reserves tried while the buyer's ticket said WAITING: how each ended, and when it was answered. */
  reservesBefore: Reserve[];
  /** Reserves tried once admitted. */
  reservesAfter: Reserve[];
}

export interface Reserve {
  buyer: number;
  ticketId: string;
  outcome: 'ok' | 'fail' | 'unknown';
  code?: string;
  /** When the answer came (a reserve that came after the ticket's admission may succeed). */
  at: number;
}

export const newQueueLog = (): QueueLog => ({ told: [], reservesBefore: [], reservesAfter: [] });

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function createQueueStage(url: string, organizerToken: string, opensInMs: number, admitPerMinute: number): Promise<QueueStage> {
  const organizer = new TesseraClient({ url, token: organizerToken });
  const { createEvent } = await organizer.request(CreateEventDocument, {
    input: {
      name: 'Chaos on-sale through the queue',
      venue: 'Nemesis Arena',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      perOrderLimit: 2,
      tiers: [{ name: 'Floor', kind: 'RESERVED', priceCents: 4000 }],
      sections: [{ name: 'Q', rows: 4, seatsPerRow: 25, tiers: [{ fromRow: 1, toRow: 4, tier: 'Floor' }] }],
      queue: { opensAt: new Date(Date.now() + opensInMs).toISOString(), admitPerMinute, admissionMinutes: 1 },
    },
  });
  await organizer.request(PublishEventDocument, { id: createEvent.id });
  const { event } = await organizer.request(EventSeatsDocument, { id: createEvent.id });
  return { eventId: event!.id, seatIds: event!.seats.map((s) => s.id), admitPerMinute };
}

/**
 * One buyer of the queued event until `deadline`: joins through a random API process, asks again
 * every second or so (joining again answers the same ticket), tries a seat once while waiting (it
 * must be refused) and once admitted (it may be taken).
 */
/**
 * Each reserve is also recorded in the run's history, so the checker judges it like any buyer's:
 * refused with NOT_ADMITTED before admission, and what took effect is what was answered.
 */
export async function runQueueBuyer(buyer: Buyer, stage: QueueStage, urls: () => string[], log: QueueLog, history: History, deadline: number): Promise<void> {
  const client = () => new TesseraClient({ url: pick(urls()), token: buyer.token });
  const timeout = () => AbortSignal.timeout(4000);
  const reserve = async (into: Reserve[], ticketId: string) => {
    const id = pick(stage.seatIds);
    const start = Date.now();
    const input = { seat: id, version: 1 };
    try {
      const { reserveSeat } = await client().request(ReserveSeatDocument, { id, version: 1 }, timeout());
      into.push({ buyer: buyer.id, ticketId, outcome: 'ok', at: Date.now() });
      history.record({ buyer: buyer.id, op: 'reserve', input, outcome: 'ok', resultVersion: reserveSeat.version, start, end: Date.now() });
    } catch (error) {
      if (error instanceof TesseraError && error.code !== 'INTERNAL_SERVER_ERROR') {
        into.push({ buyer: buyer.id, ticketId, outcome: 'fail', code: error.code, at: Date.now() });
        history.record({ buyer: buyer.id, op: 'reserve', input, outcome: 'fail', code: error.code, start, end: Date.now() });
      } else {
        into.push({ buyer: buyer.id, ticketId, outcome: 'unknown', at: Date.now() });
        history.record({ buyer: buyer.id, op: 'reserve', input, outcome: 'unknown', start, end: Date.now() });
      }
    }
  };
  let triedBefore = false;
  while (Date.now() < deadline) {
    let ticket: { id: string; status: string } | null = null;
    try {
      ticket = (await client().request(JoinQueueDocument, { eventId: stage.eventId }, timeout())).joinQueue;
    } catch {
      await sleep(500);
      continue;
    }
    if (ticket.status === 'ADMITTED') {
      log.told.push({ buyer: buyer.id, ticketId: ticket.id, at: Date.now() });
      await reserve(log.reservesAfter, ticket.id);
      return;
    }
    if (ticket.status === 'EXPIRED') return;
    if (!triedBefore) {
      triedBefore = true;
      await reserve(log.reservesBefore, ticket.id);
    }
    await sleep(700 + Math.random() * 600);
  }
}
