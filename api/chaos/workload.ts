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

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * One virtual buyer until `deadline`: reserve, release, hold GA tickets, extend, check out,
 * cancel, each through a randomly chosen API process (like a load balancer), each recorded.
 */
export async function runBuyer(buyer: Buyer, stage: Stage, urls: () => string[], history: History, deadline: number): Promise<void> {
  const held = new Set<string>();
  const orders: string[] = [];
  const client = () => new TesseraClient({ url: pick(urls()), token: buyer.token });
  const timeout = () => AbortSignal.timeout(4000);

  const attempt = async (op: Operation['op'], input: Operation['input'], call: () => Promise<string | undefined>) => {
    try {
      const resultId = await call();
      history.record({ buyer: buyer.id, op, input, outcome: 'ok', ...(resultId ? { resultId } : {}) });
      return true;
    } catch (error) {
      // A 500 says nothing about whether the change happened: it is an unknown outcome, not a failure.
      if (error instanceof TesseraError && error.code !== 'INTERNAL_SERVER_ERROR') {
        history.record({ buyer: buyer.id, op, input, outcome: 'fail', code: error.code });
        const seat = error.extensions['seat'] as { id: string; version: number } | undefined;
        if (seat) versions.set(seat.id, seat.version);
      } else {
        history.record({ buyer: buyer.id, op, input, outcome: 'unknown' });
      }
      return false;
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
        return undefined;
      });
    } else if (roll < 0.6 && held.size > 0) {
      const id = pick([...held]);
      held.delete(id);
      await attempt('release', { seat: id }, async () => {
        versions.set(id, (await client().request(ReleaseSeatDocument, { id }, timeout())).releaseSeat.version);
        return undefined;
      });
    } else if (roll < 0.7) {
      await attempt('holdTickets', { tier: stage.gaTierId }, async () => {
        return (await client().request(HoldTicketsDocument, { tierId: stage.gaTierId, quantity: 1 + Math.floor(Math.random() * 2) }, timeout())).holdTickets.id;
      });
    } else if (roll < 0.9) {
      let holdId: string | undefined;
      try {
        holdId = (await client().request(MyHoldsDocument, {}, timeout())).me?.holds.find((h) => h.eventId === stage.eventId)?.id;
      } catch {
        continue;
      }
      if (!holdId) continue;
      if (Math.random() < 0.3) {
        await attempt('extend', { hold: holdId }, async () => (await client().request(ExtendHoldDocument, { holdId: holdId! }, timeout())).extendHold.id);
        continue;
      }
      const key = randomUUID();
      // An unknown outcome is retried with the same key: it must never buy twice.
      for (let tries = 0; tries < 3; tries++) {
        const ok = await attempt('checkout', { hold: holdId, key }, async () => {
          const { checkout } = await client().request(CheckoutDocument, { holdId: holdId!, key }, timeout());
          orders.push(checkout.id);
          held.clear();
          return checkout.id;
        });
        const last = history.operations.at(-1);
        if (ok || last?.outcome !== 'unknown') break;
      }
    } else if (orders.length > 0 && roll < 0.95) {
      const id = orders.splice(Math.floor(Math.random() * orders.length), 1)[0]!;
      await attempt('cancel', { order: id }, async () => (await client().request(CancelOrderDocument, { id }, timeout())).cancelOrder.id);
    }
  }
}
