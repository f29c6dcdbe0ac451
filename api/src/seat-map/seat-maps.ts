import type { MikroORM } from '@mikro-orm/postgresql';
import { kindOfCode, type SeatKind, type SeatLayoutJson, type SeatStatesJson } from '@tessera/venue';
import type { Logger } from 'pino';
import type { Publisher } from '../realtime/publisher.ts';
import { encodeDocument, type EncodedDocument } from './encoded-document.ts';
import { countSeats, readLayout, readSeatStates } from './seat-map-reads.ts';
import { SeatStates } from './seat-states.ts';

export interface SeatMapOptions {
  /** A live snapshot re-reads its event's seats this often, healing a pub/sub message it missed. */
  refreshSeconds: number;
  /** An event's map nobody asked for this long is dropped (and stops listening). */
  idleSeconds: number;
  /** At most this many events' maps are kept; the least recently used go first. */
  maxEvents: number;
}

/** The states document is re-encoded at most this often per event; a request waits at most this for one made after it arrived. */
const STATES_ENCODE_INTERVAL_MS = 50;

interface Layout {
  json: SeatLayoutJson;
  encoded: Promise<EncodedDocument>;
  kinds: Map<number, SeatKind>;
}

interface Encoding {
  changes: number;
  json: SeatStatesJson;
  doc: Promise<EncodedDocument>;
}

interface LiveStates {
  states: SeatStates;
  readAt: number;
  reading: Promise<void> | null;
  /** Pub/sub gaps seen, and how many of them the last read of the database started after. */
  gaps: number;
  gapsRead: number;
  latest: Encoding | null;
  next: Promise<Encoding> | null;
  lastEncodeAt: number;
  stop(): void;
}

interface EventMap {
  layout: Promise<Layout>;
  loaded: Layout | null;
  live: Promise<LiveStates> | null;
  usedAt: number;
}

/**
 * One seat map per event in this process: the layout, read once, and the states, read once and
 * then kept in step with every committed change through the publisher (whichever process made
 * it), each encoded and compressed once per revision. Serving the map many times costs memory
 * copies, not database reads, serialisation or compression.
 */
export class SeatMaps {
  private readonly maps = new Map<number, EventMap>();
  private readonly seatCounts = new Map<number, number>();
  private readonly sweep: NodeJS.Timeout;
  private readonly orm: MikroORM;
  private readonly publisher: Publisher;
  private readonly logger: Logger;
  private readonly options: SeatMapOptions;

  constructor(orm: MikroORM, publisher: Publisher, logger: Logger, options: SeatMapOptions) {
    [this.orm, this.publisher, this.logger, this.options] = [orm, publisher, logger, options];
    this.sweep = setInterval(() => this.dropIdle(), Math.min(60_000, options.idleSeconds * 1000));
    this.sweep.unref();
  }

  async layout(eventId: number): Promise<SeatLayoutJson> {
    return (await this.entry(eventId).layout).json;
  }

  async encodedLayout(eventId: number): Promise<EncodedDocument> {
    return (await this.entry(eventId).layout).encoded;
  }

  /** Every seat's kind by id (seats not listed are STANDARD). */
  async kinds(eventId: number): Promise<ReadonlyMap<number, SeatKind>> {
    return (await this.entry(eventId).layout).kinds;
  }

  /** The kind of a seat, without a promise once the event's layout is loaded (20,000 seats resolve it). */
  kindOf(eventId: number, seatId: number): SeatKind | Promise<SeatKind> {
    const map = this.maps.get(eventId);
    if (map?.loaded) return map.loaded.kinds.get(seatId) ?? 'STANDARD';
    return this.entry(eventId).layout.then((layout) => layout.kinds.get(seatId) ?? 'STANDARD');
  }

  /** An event's seats, as the cost of reading its lists (seats are never added or removed). */
  async seatCount(eventId: number): Promise<number> {
    const known = this.seatCounts.get(eventId);
    if (known !== undefined) return known;
    const count = await countSeats(this.orm.em.fork(), eventId);
    // None is not kept: an id asked for before its event exists must not stay free to read later.
    if (count === 0) return 0;
    if (this.seatCounts.size >= 10_000) this.seatCounts.clear();
    this.seatCounts.set(eventId, count);
    return count;
  }

  async states(eventId: number): Promise<SeatStatesJson> {
    const live = await this.liveStates(eventId);
    if (live.latest?.changes === live.states.changes) return live.latest.json;
    return live.states.toJson();
  }

  /** The states as they are now (or at most STATES_ENCODE_INTERVAL_MS later), encoded. */
  async encodedStates(eventId: number): Promise<EncodedDocument> {
    const live = await this.liveStates(eventId);
    if (live.latest?.changes === live.states.changes) return live.latest.doc;
    // An encoding scheduled but not started yet will include every change made before this request.
    live.next ??= new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, live.lastEncodeAt + STATES_ENCODE_INTERVAL_MS - Date.now()))).then(() => {
      const json = live.states.toJson();
      const encoding = { changes: live.states.changes, json, doc: encodeDocument(json.revision, json) };
      [live.latest, live.next, live.lastEncodeAt] = [encoding, null, Date.now()];
      return encoding;
    });
    return (await live.next).doc;
  }

  /** After a pub/sub gap this process may have missed changes: every snapshot re-reads before it is served again. */
  markAllStale(): void {
    for (const map of this.maps.values()) void map.live?.then((live) => live.gaps++).catch(() => {});
  }

  async close(): Promise<void> {
    clearInterval(this.sweep);
    const maps = [...this.maps.values()];
    this.maps.clear();
    await Promise.allSettled(maps.map(async (map) => (await map.live)?.stop()));
  }

  private entry(eventId: number): EventMap {
    let map = this.maps.get(eventId);
    if (map) {
      this.maps.delete(eventId); // re-inserted below: the map's order is least recently used first
    } else {
      const created: EventMap = { layout: this.loadLayout(eventId), loaded: null, live: null, usedAt: 0 };
      created.layout.then(
        (layout) => (created.loaded = layout),
        () => this.maps.get(eventId) === created && this.maps.delete(eventId),
      );
      map = created;
    }
    map.usedAt = Date.now();
    this.maps.set(eventId, map);
    while (this.maps.size > this.options.maxEvents) this.drop(this.maps.keys().next().value!);
    return map;
  }

  private async loadLayout(eventId: number): Promise<Layout> {
    const json = await readLayout(this.orm.em.fork(), eventId);
    if (json.seats.count > 0) this.seatCounts.set(eventId, json.seats.count);
    const kinds = new Map<number, SeatKind>();
    json.seats.ids.forEach((id, i) => kinds.set(id, kindOfCode(json.seats.kind[i]!) ?? 'STANDARD'));
    return { json, encoded: encodeDocument(json.revision, json), kinds };
  }

  private async liveStates(eventId: number): Promise<LiveStates> {
    const map = this.entry(eventId);
    if (!map.live) {
      const started = this.startLive(eventId, map);
      started.catch(() => map.live === started && (map.live = null));
      map.live = started;
    }
    const live = await map.live;
    if (live.gapsRead < live.gaps) await this.read(eventId, live);
    else if (Date.now() - live.readAt > this.options.refreshSeconds * 1000) void this.read(eventId, live).catch(() => {});
    return live;
  }

  private async startLive(eventId: number, map: EventMap): Promise<LiveStates> {
    const states = new SeatStates((await map.layout).json);
    // Listen before reading, so that a change committed while the seats are read is not lost.
    const changes = this.publisher.subscribe('seat', eventId);
    void (async () => {
      for await (const seat of changes) states.apply(seat);
    })().catch((error: unknown) => this.logger.warn({ err: error, eventId }, 'seat map stopped following changes'));
    const live: LiveStates = { states, readAt: 0, reading: null, gaps: 0, gapsRead: 0, latest: null, next: null, lastEncodeAt: 0, stop: () => void changes.return?.() };
    try {
      await this.read(eventId, live);
    } catch (error) {
      live.stop();
      throw error;
    }
    return live;
  }

  /** Applies the database's states through the version guard: nothing newer is undone, anything missed is healed. */
  private read(eventId: number, live: LiveStates): Promise<void> {
    live.reading ??= (async () => {
      const [startedAt, gaps] = [Date.now(), live.gaps];
      try {
        for (const seat of await readSeatStates(this.orm.em.fork(), eventId)) live.states.apply(seat);
        [live.readAt, live.gapsRead] = [startedAt, gaps];
      } finally {
        live.reading = null;
      }
    })();
    return live.reading;
  }

  private dropIdle(): void {
    const cutoff = Date.now() - this.options.idleSeconds * 1000;
    for (const [eventId, map] of this.maps) if (map.usedAt < cutoff) this.drop(eventId);
  }

  private drop(eventId: number): void {
    const map = this.maps.get(eventId);
    this.maps.delete(eventId);
    void map?.live?.then((live) => live.stop()).catch(() => {});
  }
}
