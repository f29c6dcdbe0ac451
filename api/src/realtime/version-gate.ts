/** How many (channel, row) versions a process remembers; the oldest are forgotten first. */
const DEFAULT_CAPACITY = 200_000;

/**
 * Keeps a process's stream of changes monotonic per row. Two processes (or two requests of one)
 * can publish in a different order than they committed, so a seat's version 4 may arrive after
 * its version 5. Every subscriber of this process would then see the seat go backwards; the
 * gate drops such a message instead, since the newer state it lost to was already delivered.
 * Payloads without a numeric `id` and `version` (holds) pass through.
 */
export class VersionGate {
  private readonly latest = new Map<string, number>();
  private readonly capacity: number;
  dropped = 0;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.capacity = capacity;
  }

  /** Whether `payload` is newer than anything delivered on `channel` for the same row. */
  admit(channel: string, payload: unknown): boolean {
    const versioned = versionOf(payload);
    if (!versioned) return true;
    const key = `${channel}/${versioned.id}`;
    const seen = this.latest.get(key);
    if (seen !== undefined && seen >= versioned.version) {
      this.dropped++;
      return false;
    }
    // Re-inserting moves the key to the end: the map's order is least recently changed first.
    this.latest.delete(key);
    this.latest.set(key, versioned.version);
    if (this.latest.size > this.capacity) this.latest.delete(this.latest.keys().next().value!);
    return true;
  }
}

function versionOf(payload: unknown): { id: number; version: number } | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { id, version } = payload as { id?: unknown; version?: unknown };
  return typeof id === 'number' && typeof version === 'number' ? { id, version } : null;
}
