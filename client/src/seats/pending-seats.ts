/**
 * Seats with a request in flight. The map draws them as pending and ignores clicks on them, so a
 * double click never sends a second reservation for the same seat before the first is answered.
 */
export interface PendingSeats {
  has(seatId: string): boolean;
  add(seatId: string): void;
  delete(seatId: string): void;
  snapshot(): ReadonlySet<string>;
  subscribe(listener: () => void): () => void;
}

export function createPendingSeats(): PendingSeats {
  let ids: ReadonlySet<string> = new Set();
  const listeners = new Set<() => void>();
  const replace = (next: Set<string>) => {
    ids = next;
    for (const listener of listeners) listener();
  };
  return {
    has: (seatId) => ids.has(seatId),
    add(seatId) {
      if (!ids.has(seatId)) replace(new Set(ids).add(seatId));
    },
    delete(seatId) {
      if (!ids.has(seatId)) return;
      const next = new Set(ids);
      next.delete(seatId);
      replace(next);
    },
    snapshot: () => ids,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
