import type { MikroORM } from '@mikro-orm/postgresql';
import type { Projection } from '../realtime/projection.ts';
import type { Clock } from '../shared/clock.ts';
import { positionsOf, ticketById, type LoadedTicket } from './queue-reads.ts';
import { advanceTicket, sameView, ticketView, type TicketState } from './queue-rules.ts';
import type { QueueProgress, QueueTicketView } from './queue-views.ts';

/** Events whose positions a process remembers at once (the oldest is forgotten first). */
const MAX_EVENTS = 16;

/**
 * Positions of an event's tickets, known to this process: when a step places tickets (the shuffle,
 * late arrivals), every watcher of this process that was waiting for a place looks it up here, and
 * the process reads the new positions once, whatever the number of watchers.
 */
export class QueuePositions {
  readonly #orm: MikroORM;
  readonly #events = new Map<number, { through: number; wanted: number; positions: Map<number, number>; loading: Promise<void> | null }>();

  constructor(orm: MikroORM) {
    this.#orm = orm;
  }

  /** The ticket's position once positions up to `placedThrough` are known (read at most once per step). */
  lookup(eventId: number, ticketId: number, placedThrough: number): number | null | Promise<number | null> {
    let known = this.#events.get(eventId);
    if (!known) {
      known = { through: 0, wanted: 0, positions: new Map(), loading: null };
      this.#events.set(eventId, known);
      if (this.#events.size > MAX_EVENTS) this.#events.delete(this.#events.keys().next().value!);
    }
    if (known.through >= placedThrough) return known.positions.get(ticketId) ?? null;
    const entry = known;
    // A read under way may be for an earlier step: it goes on until the furthest step asked for.
    entry.wanted = Math.max(entry.wanted, placedThrough);
    entry.loading ??= (async () => {
      try {
        while (entry.through < entry.wanted) {
          const target = entry.wanted;
          const rows = await positionsOf(this.#orm.em.fork(), eventId, entry.through, target);
          for (const row of rows) entry.positions.set(row.id, row.position);
          entry.through = target;
        }
      } finally {
        entry.loading = null;
      }
    })();
    return entry.loading.then(() => entry.positions.get(ticketId) ?? null);
  }
}

/**
 * One watcher's projection (realtime/projection.ts): its ticket as loaded when it subscribed, moved
 * by each queue message with arithmetic only (queue-rules.ts advanceTicket). Only when a message
 * cannot say (it placed the ticket, or the process missed the step that admitted it) is anything
 * read: the positions once per process and step, or this one ticket.
 */
export function ticketProjection(loaded: LoadedTicket, deps: { orm: MikroORM; positions: QueuePositions; clock: Clock }): Projection<QueueProgress, QueueTicketView> {
  let ticket: TicketState = loaded.ticket;
  let version = loaded.version;
  let last = ticketView(ticket, loaded.standing);

  const emit = (progress: QueueProgress): QueueTicketView | null => {
    const view = ticketView(ticket, { admittedThrough: progress.admittedThrough, ratePerMinute: progress.ratePerMinute });
    if (sameView(view, last)) return null;
    last = view;
    return view;
  };

  const apply = (progress: QueueProgress): QueueTicketView | null | Promise<QueueTicketView | null> => {
    const advance = advanceTicket(ticket, progress);
    switch (advance.kind) {
      case 'unchanged':
        return null;
      case 'moved':
        ticket = advance.ticket;
        return emit(progress);
      case 'needs-position': {
        const found = deps.positions.lookup(ticket.eventId, ticket.id, progress.placedThrough);
        const placed = (position: number | null) => {
          if (position === null) return null;
          ticket = { ...ticket, position };
          return apply(progress);
        };
        return found instanceof Promise ? found.then(placed) : placed(found);
      }
      case 'needs-reload':
        return ticketById(deps.orm.em.fork(), ticket.id).then((stored) => {
          if (stored) ticket = stored;
          return emit(progress);
        });
    }
  };

  return {
    initial: last,
    project(progress) {
      if (progress.version <= version) return null;
      version = progress.version;
      return apply(progress);
    },
  };
}
