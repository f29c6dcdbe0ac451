import { statusOfCode, type SeatStatesJson, type SeatStatus } from '@tessera/venue';
import type { SeatMapLayout } from './seat-map-layout.ts';
import { isNewer } from './version-merge.ts';

/** A seat's state as the live link, a snapshot or Apollo's cache says it. */
export interface SeatState {
  id: string;
  version: number;
  status: SeatStatus;
  /** Only the caller's own mutations, holds and `seatUpdated` know it; snapshots are anonymous. */
  heldByMe?: boolean;
}

const STATUS_CODES: readonly SeatStatus[] = ['AVAILABLE', 'HELD', 'SOLD'];
const CODE: Record<SeatStatus, number> = { AVAILABLE: 0, HELD: 1, SOLD: 2 };

export interface Counts {
  available: number;
  held: number;
  sold: number;
}

type DirtyListener = (dirty: readonly number[]) => void;

/**
 * Every seat's state for one event, outside Apollo's normalised cache: flat typed arrays in
 * layout order, so 20,000 seats cost a few kilobytes and a live update costs one array write.
 *
 * Two sources, each version-guarded: the server's (snapshots and `seatUpdated`, "base") and,
 * for the few seats the buyer acts on, Apollo's cache (`setOverlay`, including its optimistic
 * layer, so an optimistic click and its rollback on CONFLICT stay Apollo's). A seat shows the
 * overlay while the overlay is at least as new as the base. Counts per section and per tier
 * move with every change; listeners hear the changed seats once per frame.
 */
export interface SeatStateStore {
  readonly layout: SeatMapLayout;
  /** Whether a snapshot has been applied (before that every seat reads as unknown). */
  ready(): boolean;
  status(index: number): SeatStatus;
  mine(index: number): boolean;
  /** The version to send with a reservation: the newest either source knows. */
  version(index: number): number;
  applySnapshot(states: SeatStatesJson): number;
  applyUpdate(update: SeatState): boolean;
  setOverlay(index: number, state: SeatState | null): void;
  hasOverlay(index: number): boolean;
  section(index: number): Counts;
  tier(index: number): Counts;
  total(): Counts;
  /** Grows with every change of a count: a snapshot for `useSyncExternalStore`. */
  countsVersion(): number;
  subscribe(listener: DirtyListener): () => void;
  subscribeCounts(listener: () => void): () => void;
  /** Delivers pending changes now instead of at the next frame (tests, and the first draw). */
  flush(): void;
}

export function createSeatStateStore(layout: SeatMapLayout, schedule: (flush: () => void) => void = nextFrame): SeatStateStore {
  const { count } = layout;
  const baseStatus = new Uint8Array(count);
  const baseVersion = new Float64Array(count).fill(-1);
  const baseMine = new Uint8Array(count);
  const shownStatus = new Uint8Array(count).fill(255);
  const shownMine = new Uint8Array(count);
  const overlay = new Map<number, { version: number; status: number; mine: boolean }>();
  const sectionCounts = new Int32Array(layout.sections.length * 3);
  const tierCounts = new Int32Array(layout.tierIds.length * 3);
  const totals = new Int32Array(3);
  const isDirty = new Uint8Array(count);
  let dirty: number[] = [];
  let scheduled = false;
  let countsVersion = 0;
  let isReady = false;
  const listeners = new Set<DirtyListener>();
  const countListeners = new Set<() => void>();

  const flush = () => {
    scheduled = false;
    const changed = dirty;
    dirty = [];
    for (const index of changed) isDirty[index] = 0;
    if (changed.length === 0) return;
    countsVersion += 1;
    for (const listener of listeners) listener(changed);
    for (const listener of countListeners) listener();
  };

  const move = (index: number, from: number, by: number) => {
    if (from === 255) return;
    const section = layout.sectionOf[index]!;
    if (section >= 0) sectionCounts[section * 3 + from]! += by;
    tierCounts[layout.tier[index]! * 3 + from]! += by;
    totals[from]! += by;
  };

  /** Recomputes what seat `index` shows; counts and listeners hear of it only when that changed. */
  const refresh = (index: number) => {
    const layer = overlay.get(index);
    const useOverlay = layer !== undefined && layer.version >= baseVersion[index]!;
    const status = useOverlay ? layer.status : baseVersion[index]! < 0 ? 255 : baseStatus[index]!;
    const mine = useOverlay ? (layer.mine ? 1 : 0) : baseMine[index]!;
    if (status === shownStatus[index] && mine === shownMine[index]) return;
    move(index, shownStatus[index]!, -1);
    move(index, status, 1);
    shownStatus[index] = status;
    shownMine[index] = mine;
    if (!isDirty[index]) {
      isDirty[index] = 1;
      dirty.push(index);
    }
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };

  const counts = (array: Int32Array, at: number): Counts => ({ available: array[at * 3]!, held: array[at * 3 + 1]!, sold: array[at * 3 + 2]! });

  return {
    layout,
    ready: () => isReady,
    status: (index) => STATUS_CODES[shownStatus[index]!] ?? 'SOLD',
    mine: (index) => shownMine[index] === 1,
    version(index) {
      const layer = overlay.get(index);
      return Math.max(baseVersion[index]!, layer?.version ?? -1);
    },
    applySnapshot(states) {
      if (states.count !== count) throw new Error(`seat states for ${states.count} seats, the layout has ${count}`);
      let changed = 0;
      for (let index = 0; index < count; index++) {
        const version = states.versions[index]!;
        if (!isNewer(version, baseVersion[index]! < 0 ? undefined : baseVersion[index])) continue;
        baseVersion[index] = version;
        baseStatus[index] = CODE[statusOfCode(states.statuses[index] ?? 'S') ?? 'SOLD'];
        baseMine[index] = 0;
        refresh(index);
        changed += 1;
      }
      isReady = true;
      return changed;
    },
    applyUpdate(update) {
      const index = layout.indexOf.get(update.id);
      if (index === undefined || !isNewer(update.version, baseVersion[index]! < 0 ? undefined : baseVersion[index])) return false;
      baseVersion[index] = update.version;
      baseStatus[index] = CODE[update.status];
      baseMine[index] = update.status === 'HELD' && update.heldByMe === true ? 1 : 0;
      refresh(index);
      return true;
    },
    setOverlay(index, state) {
      if (index < 0 || index >= count) return;
      if (state) overlay.set(index, { version: state.version, status: CODE[state.status], mine: state.status === 'HELD' && state.heldByMe === true });
      else overlay.delete(index);
      refresh(index);
    },
    hasOverlay: (index) => overlay.has(index),
    section: (index) => counts(sectionCounts, index),
    tier: (index) => counts(tierCounts, index),
    total: () => counts(totals, 0),
    countsVersion: () => countsVersion,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeCounts(listener) {
      countListeners.add(listener);
      return () => countListeners.delete(listener);
    },
    flush,
  };
}

function nextFrame(callback: () => void): void {
  // Hidden tabs get no animation frames; their updates still land, on a timer.
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') requestAnimationFrame(callback);
  else setTimeout(callback, 0);
}
