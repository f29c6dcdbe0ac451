/**
 * The load generator's own picture of the map: which seats it believes are free and at what
 * version, kept from the API's answers (a CONFLICT carries the seat's current state), so virtual
 * buyers pick plausible seats without refetching 20,000 seats.
 */
const RECENT = 256;

export class SeatBook {
  private readonly free: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly versions = new Map<string, number>();
  /** The last seats handed out, the ones a stale map shows as free. */
  private readonly recent: string[] = [];
  private recentNext = 0;

  constructor(seats: readonly { id: string; version: number }[]) {
    for (const s of seats) this.markFree(s.id, s.version);
  }

  get freeCount(): number {
    return this.free.length;
  }

  /**
   * A random seat believed free, taken out of the free list until released; or, `stale` of the
   * time, a seat someone picked a moment ago, at the version last seen, as a buyer looking at an
   * out-of-date map would (the contention that makes CONFLICTs and that the oversold check is about).
   */
  pick(stale = 0.1): { id: string; version: number } | null {
    if (this.free.length === 0) return null;
    if (this.recent.length > 0 && Math.random() < stale) {
      const id = this.recent[Math.floor(Math.random() * this.recent.length)]!;
      return { id, version: this.versions.get(id)! };
    }
    const id = this.free[Math.floor(Math.random() * this.free.length)]!;
    this.remove(id);
    this.recent[this.recentNext++ % RECENT] = id;
    return { id, version: this.versions.get(id) ?? 1 };
  }

  /** What the API said about a seat: free again, or not. */
  update(id: string, version: number, status: string): void {
    this.versions.set(id, version);
    if (status === 'AVAILABLE') this.markFree(id, version);
    else this.remove(id);
  }

  private markFree(id: string, version: number): void {
    this.versions.set(id, version);
    if (this.index.has(id)) return;
    this.index.set(id, this.free.length);
    this.free.push(id);
  }

  private remove(id: string): void {
    const at = this.index.get(id);
    if (at === undefined) return;
    const last = this.free.pop()!;
    if (last !== id) {
      this.free[at] = last;
      this.index.set(last, at);
    }
    this.index.delete(id);
  }
}
