import { randomUUID } from 'node:crypto';
import {
  CancelOrderDocument,
  CheckoutDocument,
  ExtendHoldDocument,
  HoldTicketsDocument,
  MyHoldsDocument,
  ReleaseSeatDocument,
  ReserveSeatDocument,
} from '../../cli/src/operations.ts';
import { TesseraClient, TesseraError } from '../../cli/src/tessera-client.ts';
import type { History, Operation } from './history.ts';

export interface Stage {
  eventId: string;
  seatIds: string[];
  gaTierId: string;
}

export interface Buyer {
  id: number;
  token: string;
}

/** What every buyer has learnt of seat versions (from answers and CONFLICTs): buyers act on it like browsers would. */
const versions = new Map<string, number>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** What a call tells the history when it succeeds: the id and version the server answered. */
type Answer = { resultId?: string; resultVersion?: number } | undefined;

/**
 * One virtual buyer until `deadline`: reserve, release, hold GA tickets, read its holds, extend,
 * check out, cancel, each through a randomly chosen API process (like a load balancer), each
 * recorded with when it was sent and when it was answered.
 */
export async function runBuyer(buyer: Buyer, stage: Stage, urls: () => string[], history: History, deadline: number): Promise<void> {
  const held = new Set<string>();
  const orders: string[] = [];
  const client = () => new TesseraClient({ url: pick(urls()), token: buyer.token });
  const timeout = () => AbortSignal.timeout(4000);

  /** Sends one operation and records it; returns this operation's own outcome. */
  const attempt = async (op: Operation['op'], input: Operation['input'], call: () => Promise<Answer>): Promise<Operation['outcome']> => {
    const start = Date.now();
    try {
      const answer = await call();
      history.record({ buyer: buyer.id, op, input, outcome: 'ok', ...answer, start, end: Date.now() });
      return 'ok';
    } catch (error) {
      // A 500 says nothing about whether the change happened: it is an unknown outcome, not a failure.
      if (error instanceof TesseraError && error.code !== 'INTERNAL_SERVER_ERROR') {
        history.record({ buyer: buyer.id, op, input, outcome: 'fail', code: error.code, start, end: Date.now() });
        const seat = error.extensions['seat'] as { id: string; version: number } | undefined;
        if (seat) versions.set(seat.id, seat.version);
        return 'fail';
      }
      history.record({ buyer: buyer.id, op, input, outcome: 'unknown', start, end: Date.now() });
      return 'unknown';
    }
  };

  while (Date.now() < deadline) {
    const roll = Math.random();
    if (roll < 0.5) {
      const id = pick(stage.seatIds);
      const version = versions.get(id) ?? 1;
      await attempt('reserve', { seat: id, version }, async () => {
        const { reserveSeat } = await client().request(ReserveSeatDocument, { id, version }, timeout());
        versions.set(id, reserveSeat.version);
        held.add(id);
        return { resultVersion: reserveSeat.version };
      });
    } else if (roll < 0.6 && held.size > 0) {
      const id = pick([...held]);
      held.delete(id);
      await attempt('release', { seat: id }, async () => {
        const { releaseSeat } = await client().request(ReleaseSeatDocument, { id }, timeout());
        versions.set(id, releaseSeat.version);
        return { resultVersion: releaseSeat.version };
      });
    } else if (roll < 0.7) {
      const quantity = 1 + Math.floor(Math.random() * 2);
      await attempt('holdTickets', { tier: stage.gaTierId, quantity }, async () => {
        return { resultId: (await client().request(HoldTicketsDocument, { tierId: stage.gaTierId, quantity }, timeout())).holdTickets.id };
      });
    } else if (roll < 0.9) {
      let holdId: string | undefined;
      const read = await attempt('read', { event: stage.eventId }, async () => {
        holdId = (await client().request(MyHoldsDocument, {}, timeout())).me?.holds.find((h) => h.eventId === stage.eventId)?.id;
        return holdId ? { resultId: holdId } : undefined;
      });
      if (read !== 'ok' || !holdId) continue;
      const hold = holdId;
      if (Math.random() < 0.3) {
        await attempt('extend', { hold }, async () => ({ resultId: (await client().request(ExtendHoldDocument, { holdId: hold }, timeout())).extendHold.id }));
        continue;
      }
      const key = randomUUID();
      // An unknown outcome is retried with the same key until it is known: it must never buy
      // twice, and an order the buyer never learnt of would keep its seats sold for good.
      for (let tries = 0; tries < 10 && Date.now() < deadline + 30_000; tries++) {
        const outcome = await attempt('checkout', { hold, key }, async () => {
          const { checkout } = await client().request(CheckoutDocument, { holdId: hold, key }, timeout());
          orders.push(checkout.id);
          held.clear();
          return { resultId: checkout.id };
        });
        if (outcome !== 'unknown') break;
        await sleep(300);
      }
    } else if (orders.length > 0 && roll < 0.95) {
      const id = orders.splice(Math.floor(Math.random() * orders.length), 1)[0]!;
      const outcome = await attempt('cancel', { order: id }, async () => ({ resultId: (await client().request(CancelOrderDocument, { id }, timeout())).cancelOrder.id }));
      // Not known to be cancelled: try again later (over a long run, orders forgotten so would sell the hall out for good).
      if (outcome === 'unknown') orders.push(id);
    }
  }
}
