import type { SeatKind } from '@tessera/venue';
import type { SeatMapLayout } from '../live/seat-map-layout.ts';
import type { SeatStateStore } from '../live/seat-states.ts';
import { labelColourOn, LOOK_COLOURS, NONE_LEFT_FILL, shareLeftFill, tierColour, tierGlyph, type SeatLook, type TierGlyph } from './seat-appearance.ts';
import { OVERVIEW_BELOW, rowLabelPx, SEAT_NUMBERS_FROM, visibleBox, type MapView } from './map-view.ts';

/** Everything one frame of the map is drawn from. */
export interface VenueFrame {
  layout: SeatMapLayout;
  store: SeatStateStore;
  view: MapView;
  width: number;
  height: number;
  pixelRatio: number;
  pendingIds: ReadonlySet<string>;
  /** Seats the buyer's filter keeps (1) or leaves out (0); null: no filter. */
  match: Uint8Array | null;
  /** The organiser's preview: every seat as its tier, no statuses. */
  preview: boolean;
}

const SEAT_RADIUS = 0.4;
/**
 * Just below its centre (a third of its radius down) every seat shows its look's own colour:
 * kind marks and numbers stand above that point, rings outside it. Browser tests and the
 * benchmark read a seat's look from that pixel.
 */
export const LOOK_PIXEL_BELOW = SEAT_RADIUS * 0.3;
/** Half the square a repaint clears around a seat: less than the gap to the next seat (>= 0.9 away). */
const CLEAR_HALF = 0.46;
const GLYPHS_FROM = 10;

/**
 * What the map is drawn on, every pixel of it (the canvases are opaque: Chromium composites an
 * opaque layer without blending it over the page); `.seat-map`'s background in app.css.
 */
export const MAP_BACKGROUND = '#eef1f5';

/** Sections stand for their seats (coloured by what is left); the organiser's preview always shows seats and their tiers. */
export const isOverview = (view: MapView, preview = false) => !preview && view.scale < OVERVIEW_BELOW;

type Look = SeatLook | 'filtered';

function lookOf(frame: VenueFrame, index: number): Look {
  if (frame.preview) return 'available';
  const { store, layout } = frame;
  if (frame.pendingIds.size > 0 && frame.pendingIds.has(layout.ids[index]!)) return 'pending';
  const status = store.status(index);
  if (status === 'SOLD') return 'sold';
  if (status === 'HELD') return store.mine(index) ? 'mine' : 'held';
  return frame.match && frame.match[index] === 0 ? 'filtered' : 'available';
}

function glyphPath(path: Path2D, glyph: TierGlyph, x: number, y: number, r: number): void {
  switch (glyph) {
    case 'circle':
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
      return;
    case 'square':
      path.roundRect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, r * 0.35);
      return;
    case 'diamond':
      path.moveTo(x, y - r * 1.15);
      path.lineTo(x + r * 1.15, y);
      path.lineTo(x, y + r * 1.15);
      path.lineTo(x - r * 1.15, y);
      path.closePath();
      return;
    case 'triangle':
      path.moveTo(x, y - r * 1.1);
      path.lineTo(x + r * 1.05, y + r * 0.8);
      path.lineTo(x - r * 1.05, y + r * 0.8);
      path.closePath();
      return;
    case 'hexagon':
      for (let k = 0; k < 6; k++) {
        const angle = (Math.PI / 3) * k;
        if (k === 0) path.moveTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
        else path.lineTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
      }
      path.closePath();
  }
}

const LOOK_CODES: readonly Look[] = ['available', 'filtered', 'mine', 'held', 'sold', 'pending'];

// The fonts a zoom draws with, shared by the draw and by prepareZoom.
const seatNumberFont = (scale: number) => `${Math.round(Math.min(scale * SEAT_RADIUS * 0.95, scale * 0.36))}px system-ui, sans-serif`;
/** Row labels, section names in the overview, the stage's and floor's names. */
const labelFont = (px: number) => `600 ${px}px system-ui, sans-serif`;
const sectionBehindFont = (scale: number) => `700 ${Math.round(Math.max(11, Math.min(15, scale * 0.9)))}px system-ui, sans-serif`;
const shapeLabelPx = (depth: number) => Math.min(18, Math.max(10, depth * 0.35));

/** One seat drawn at (x, y) with radius r: its shape, fill or outline, ring and kind mark. */
function paintSeat(context: CanvasRenderingContext2D, look: Look, tier: number, kind: SeatKind, x: number, y: number, r: number): void {
  const size = look === 'sold' ? 0.7 : look === 'held' ? 0.85 : 1;
  const path = new Path2D();
  if (kind === 'WHEELCHAIR') glyphPath(path, 'square', x, y, r * size);
  else glyphPath(path, look === 'available' || look === 'filtered' ? tierGlyph(tier) : 'circle', x, y, r * size);
  if (look === 'filtered') {
    context.strokeStyle = tierColour(tier);
    context.lineWidth = Math.max(1, r * 0.18);
    context.stroke(path);
    return;
  }
  context.fillStyle = look === 'available' ? tierColour(tier) : LOOK_COLOURS[look];
  context.fill(path);
  // Mine wears a white ring once seats are big enough to show it cleanly; pending always has
  // its dark edge (a white seat needs one).
  if ((look === 'mine' && r >= 6) || look === 'pending') {
    context.strokeStyle = look === 'mine' ? '#ffffff' : '#111111';
    context.lineWidth = Math.max(1.5, r * (look === 'mine' ? 0.16 : 0.28));
    context.beginPath();
    context.arc(x, y, look === 'mine' ? r * 0.78 : r * 0.86, 0, Math.PI * 2);
    context.stroke();
  }
  if (look === 'sold' || look === 'held' || kind === 'STANDARD') return;
  // What the seat is for, above the centre, so the centre keeps the seat's own colour.
  const ink = look === 'pending' ? '#111111' : '#ffffff';
  if (kind === 'WHEELCHAIR') {
    context.fillStyle = ink;
    context.font = `${Math.round(r * 0.85)}px system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText('♿', x, y - r * 0.38);
  } else {
    context.fillStyle = kind === 'COMPANION' ? ink : '#111111';
    context.beginPath();
    if (kind === 'COMPANION') context.arc(x, y - r * 0.62, Math.max(1, r * 0.2), 0, Math.PI * 2);
    else context.rect(x + r * 0.3, y - r * 0.95, r * 0.55, r * 0.55);
    context.fill();
  }
}

/**
 * Seats as small pictures: each look, tier and kind drawn once per zoom into a cell of one sprite
 * sheet (a canvas per zoom, a column per look and a row per tier and kind the layout has) and
 * stamped per seat (drawImage), rather than thousands of paths rasterised per frame. One canvas,
 * not one per sprite: making a canvas costs 0.1-0.3 ms, and a zoom has dozens of sprites. The
 * last few zooms are kept: while idle, SeatMap readies the zooms a click on a section leads to
 * (prepareZoom), so that click's draw finds its sprites made.
 */
interface SpriteSheet {
  context: CanvasRenderingContext2D;
  /** A cell's side in device pixels. */
  side: number;
  /** The layout's sorts, a row each. */
  sorts: LayoutSorts['sorts'];
  /** Which cells are drawn, by `look * sorts + sort`. */
  drawn: Uint8Array;
}

/** The tier and kind pairs (sorts) a layout's seats come in, each seat's, and every character its labels use. */
interface LayoutSorts {
  sorts: readonly (readonly [number, SeatKind])[];
  sortOf: Uint8Array;
  rowLabels: string;
  sectionNames: string;
  shapeLabels: string;
}

const sortsByLayout = new WeakMap<SeatMapLayout, LayoutSorts>();
const charactersOf = (texts: readonly string[]) => [...new Set(texts.join(''))].join('');

function sortsOf(layout: SeatMapLayout): LayoutSorts {
  let found = sortsByLayout.get(layout);
  if (!found) {
    const byKey = new Map<number, number>();
    const kinds = new Map<SeatKind, number>();
    const sorts: (readonly [number, SeatKind])[] = [];
    const sortOf = new Uint8Array(layout.count);
    for (let index = 0; index < layout.count; index++) {
      const kind = layout.kind[index]!;
      let kindCode = kinds.get(kind);
      if (kindCode === undefined) kinds.set(kind, (kindCode = kinds.size));
      const key = layout.tier[index]! * 16 + kindCode;
      let sort = byKey.get(key);
      if (sort === undefined) {
        byKey.set(key, (sort = sorts.length));
        sorts.push([layout.tier[index]!, layout.kind[index]!]);
      }
      sortOf[index] = sort;
    }
    found = {
      sorts,
      sortOf,
      rowLabels: charactersOf(layout.rows.map((row) => row.label)),
      sectionNames: charactersOf(layout.sections.map((section) => `Section ${section.name}`)),
      shapeLabels: charactersOf(layout.shapes.map((shape) => shape.label.toUpperCase())),
    };
    sortsByLayout.set(layout, found);
  }
  return found;
}

const sheetsByLayout = new WeakMap<SeatMapLayout, Map<string, SpriteSheet>>();
/** Enough for every zoom a click on a section of the demo arena leads to (12), and a few more. */
const ZOOMS_KEPT = 16;

function sheetAt(layout: SeatMapLayout, scale: number, pixelRatio: number): SpriteSheet {
  let sheets = sheetsByLayout.get(layout);
  if (!sheets) sheetsByLayout.set(layout, (sheets = new Map()));
  const zoom = `${scale.toFixed(3)}@${pixelRatio}`;
  let sheet = sheets.get(zoom);
  if (sheet) {
    // Most recently used last: the first is the one to drop.
    sheets.delete(zoom);
  } else {
    if (sheets.size >= ZOOMS_KEPT) sheets.delete(sheets.keys().next().value!);
    const side = Math.ceil(scale * pixelRatio) + 2;
    const { sorts } = sortsOf(layout);
    const canvas = document.createElement('canvas');
    canvas.width = side * LOOK_CODES.length;
    canvas.height = side * Math.max(1, sorts.length);
    sheet = { context: canvas.getContext('2d')!, side, sorts, drawn: new Uint8Array(LOOK_CODES.length * sorts.length) };
  }
  sheets.set(zoom, sheet);
  return sheet;
}

/**
 * The sheet column of a look, its cell in row `sort` drawn the first time it is asked for (the
 * cell's corner is column and sort times the sheet's side, in device pixels).
 */
function spriteColumn(sheet: SpriteSheet, look: Look, sort: number, scale: number, pixelRatio: number): number {
  const column = LOOK_CODES.indexOf(look);
  const cell = column * sheet.sorts.length + sort;
  if (sheet.drawn[cell] === 0) {
    const sx = column * sheet.side;
    const sy = sort * sheet.side;
    const [tier, kind] = sheet.sorts[sort]!;
    const half = sheet.side / pixelRatio / 2;
    const { context } = sheet;
    context.save();
    context.setTransform(pixelRatio, 0, 0, pixelRatio, sx, sy);
    // Kept to its cell, as a canvas of its own would keep it.
    context.beginPath();
    context.rect(0, 0, half * 2, half * 2);
    context.clip();
    paintSeat(context, look, tier, kind, half, half, scale * SEAT_RADIUS);
    context.restore();
    sheet.drawn[cell] = 1;
  }
  return column;
}

/** Draws seats `indexes` (already known to be on screen): small ones as squares, a fill per look; larger ones stamped from sprites. */
function drawSeats(context: CanvasRenderingContext2D, frame: VenueFrame, indexes: ArrayLike<number>): void {
  const { layout, view, pixelRatio } = frame;
  const { scale, offsetX, offsetY } = view;
  const r = scale * SEAT_RADIUS;
  if (scale >= GLYPHS_FROM) {
    const side = (Math.ceil(scale * pixelRatio) + 2) / pixelRatio;
    // Stamped on whole device pixels: the sprite's pixels land 1:1, crisp and unblended.
    const snap = (value: number) => Math.round(value * pixelRatio) / pixelRatio;
    const sheet = sheetAt(layout, scale, pixelRatio);
    const { sortOf } = sortsOf(layout);
    for (let k = 0; k < indexes.length; k++) {
      const index = indexes[k]!;
      const sort = sortOf[index]!;
      const column = spriteColumn(sheet, lookOf(frame, index), sort, scale, pixelRatio);
      context.drawImage(sheet.context.canvas, column * sheet.side, sort * sheet.side, sheet.side, sheet.side, snap(layout.x[index]! * scale + offsetX - side / 2), snap(layout.y[index]! * scale + offsetY - side / 2), side, side);
    }
    if (scale >= SEAT_NUMBERS_FROM) drawSeatNumbers(context, frame, indexes);
    return;
  }
  // Squares by look and tier: a handful of fills for thousands of seats.
  const groups = new Map<number, number[]>();
  for (let k = 0; k < indexes.length; k++) {
    const index = indexes[k]!;
    const look = lookOf(frame, index);
    const key = LOOK_CODES.indexOf(look) * 64 + (look === 'available' || look === 'filtered' ? layout.tier[index]! : 0);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(index);
  }
  for (const [key, group] of groups) {
    const look = LOOK_CODES[Math.floor(key / 64)]!;
    const tier = key % 64;
    const half = r * (look === 'sold' ? 0.7 : look === 'held' ? 0.85 : 1);
    const path = new Path2D();
    for (const index of group) path.rect(layout.x[index]! * scale + offsetX - half, layout.y[index]! * scale + offsetY - half, half * 2, half * 2);
    if (look === 'filtered') {
      context.strokeStyle = tierColour(tier);
      context.lineWidth = 1;
      context.stroke(path);
    } else {
      context.fillStyle = look === 'available' ? tierColour(tier) : LOOK_COLOURS[look];
      context.fill(path);
    }
  }
}

/** Seat numbers, where there is room: above the point the looks are read from. */
function drawSeatNumbers(context: CanvasRenderingContext2D, frame: VenueFrame, indexes: ArrayLike<number>): void {
  const { layout, view } = frame;
  const { scale, offsetX, offsetY } = view;
  const r = scale * SEAT_RADIUS;
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';
  context.font = seatNumberFont(scale);
  for (let k = 0; k < indexes.length; k++) {
    const index = indexes[k]!;
    if (layout.kind[index] !== 'STANDARD') continue;
    const look = lookOf(frame, index);
    if (look === 'sold' || look === 'held' || look === 'mine') continue;
    context.fillStyle = look === 'pending' || look === 'filtered' ? '#111111' : '#ffffff';
    context.fillText(String(layout.number[index]), layout.x[index]! * scale + offsetX, layout.y[index]! * scale + offsetY + r * 0.22);
  }
}


/** The seats whose centres are on screen, by index. */
export function seatsOnScreen(frame: VenueFrame): Int32Array {
  const { layout, view, width, height } = frame;
  const box = visibleBox(view, width, height, 1);
  const found = new Int32Array(layout.count);
  let n = 0;
  for (let s = 0; s < layout.sections.length; s++) {
    const section = layout.sections[s]!;
    if (section.maxX < box.minX || section.minX > box.maxX || section.maxY < box.minY || section.minY > box.maxY) continue;
    for (let index = section.first; index < section.first + section.count; index++) {
      const x = layout.x[index]!;
      const y = layout.y[index]!;
      if (x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY) found[n++] = index;
    }
  }
  return found.subarray(0, n);
}

/**
 * The seats on screen, over the venue drawVenueLayer has just drawn on the same canvas (none in
 * the overview, where sections stand for them).
 */
export function drawSeatLayer(context: CanvasRenderingContext2D, frame: VenueFrame): void {
  if (isOverview(frame.view, frame.preview)) return;
  context.setTransform(frame.pixelRatio, 0, 0, frame.pixelRatio, 0, 0);
  drawSeats(context, frame, seatsOnScreen(frame));
}

/**
 * A live update, a click: only these seats are drawn again, each on the venue beneath it copied
 * back from `venue`, the venue alone at the same view (a square on whole device pixels, inside
 * the gap to the next seat).
 */
export function repaintSeats(context: CanvasRenderingContext2D, venue: HTMLCanvasElement, frame: VenueFrame, indexes: readonly number[]): void {
  if (isOverview(frame.view, frame.preview)) return;
  const { layout, view, width, height, pixelRatio } = frame;
  const { scale, offsetX, offsetY } = view;
  const half = scale * CLEAR_HALF;
  context.setTransform(1, 0, 0, 1, 0, 0);
  const onScreen: number[] = [];
  for (const index of indexes) {
    const x = layout.x[index]! * scale + offsetX;
    const y = layout.y[index]! * scale + offsetY;
    if (x < -scale || y < -scale || x > width + scale || y > height + scale) continue;
    // Rounded inward: the square never reaches a neighbour's pixels.
    const left = Math.max(0, Math.ceil((x - half) * pixelRatio));
    const top = Math.max(0, Math.ceil((y - half) * pixelRatio));
    const side = Math.floor((x + half) * pixelRatio) - left;
    const tall = Math.floor((y + half) * pixelRatio) - top;
    if (side <= 0 || tall <= 0) continue;
    context.drawImage(venue, left, top, side, tall, left, top, side, tall);
    onScreen.push(index);
  }
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  drawSeats(context, frame, onScreen);
}

/** Available and total seats of a section that the filter keeps. */
function sectionShare(frame: VenueFrame, section: number): { available: number; total: number } {
  const { layout, store, match } = frame;
  const info = layout.sections[section]!;
  if (frame.preview) return { available: info.count, total: info.count };
  if (!match) {
    const counts = store.section(section);
    return { available: counts.available, total: info.count };
  }
  let available = 0;
  let total = 0;
  for (let index = info.first; index < info.first + info.count; index++) {
    if (match[index] === 0) continue;
    total += 1;
    if (store.status(index) === 'AVAILABLE') available += 1;
  }
  return { available, total };
}

function outlinePath(outline: Float32Array, view: MapView): Path2D {
  const path = new Path2D();
  for (let i = 0; i < outline.length; i += 2) {
    const x = outline[i]! * view.scale + view.offsetX;
    const y = outline[i + 1]! * view.scale + view.offsetY;
    if (i === 0) path.moveTo(x, y);
    else path.lineTo(x, y);
  }
  path.closePath();
  return path;
}

function drawShapes(context: CanvasRenderingContext2D, frame: VenueFrame): void {
  const { view } = frame;
  for (const shape of frame.layout.shapes) {
    context.save();
    context.translate(shape.x * view.scale + view.offsetX, shape.y * view.scale + view.offsetY);
    context.rotate((shape.rotation * Math.PI) / 180);
    const w = shape.width * view.scale;
    const d = shape.depth * view.scale;
    context.beginPath();
    context.roundRect(-w / 2, -d / 2, w, d, shape.cornerRadius * view.scale);
    context.fillStyle = shape.kind === 'STAGE' ? '#1d2330' : '#e7ebf0';
    context.fill();
    if (shape.kind === 'FLOOR') {
      context.strokeStyle = '#c9d0d9';
      context.lineWidth = 1;
      context.stroke();
    }
    const size = shapeLabelPx(d);
    if (w > size * 3) {
      context.fillStyle = shape.kind === 'STAGE' ? '#ffffff' : '#7a8494';
      context.font = labelFont(size);
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(shape.label.toUpperCase(), 0, shape.kind === 'FLOOR' ? -d / 2 + size : 0);
    }
    context.restore();
  }
}

/**
 * The venue, under the seats: stage and floor, each section's area (in the overview
 * filled by how much of it is left, so the buyer sees where to look), section names where they
 * fit, and row labels at the zoom where they are readable.
 */
export function drawVenueLayer(context: CanvasRenderingContext2D, frame: VenueFrame): void {
  const { layout, view, width, height } = frame;
  context.setTransform(frame.pixelRatio, 0, 0, frame.pixelRatio, 0, 0);
  context.fillStyle = MAP_BACKGROUND;
  context.fillRect(0, 0, width, height);
  drawShapes(context, frame);
  const overview = isOverview(view, frame.preview);
  const labelPx = overview ? null : rowLabelPx(view.scale);
  const box = visibleBox(view, width, height, 2);
  layout.sections.forEach((section, index) => {
    if (section.maxX < box.minX || section.minX > box.maxX || section.maxY < box.minY || section.minY > box.maxY) return;
    const path = outlinePath(section.outline, view);
    const share = sectionShare(frame, index);
    const fill = overview ? shareLeftFill(share.available, share.total) : '#ffffff';
    context.fillStyle = fill;
    context.fill(path);
    context.strokeStyle = overview ? '#ffffff' : '#d3d9e1';
    context.lineWidth = overview ? 1.5 : 1;
    context.stroke(path);
    if (overview && fill === NONE_LEFT_FILL) {
      context.save();
      context.clip(path);
      context.strokeStyle = '#c3c9d1';
      context.lineWidth = 1;
      context.beginPath();
      const left = section.minX * view.scale + view.offsetX;
      const top = section.minY * view.scale + view.offsetY;
      const span = (section.maxX - section.minX + section.maxY - section.minY) * view.scale;
      for (let d = 0; d < span; d += 6) {
        context.moveTo(left + d, top);
        context.lineTo(left, top + d);
      }
      context.stroke();
      context.restore();
    }
    // Once row labels show, the section's name moves behind its back row, out of their way.
    if (labelPx === null) drawSectionName(context, section, view, overview ? labelColourOn(fill) : '#1d2330');
    else drawSectionNameBehind(context, frame, index);
  });
  if (labelPx !== null) drawRowLabels(context, frame, box, labelPx);
}

/** A section's name in its middle, turned upright for a tall narrow section, smaller until it fits, else left out. */
function drawSectionName(context: CanvasRenderingContext2D, section: SeatMapLayout['sections'][number], view: MapView, colour: string): void {
  const width = (section.maxX - section.minX) * view.scale;
  const height = (section.maxY - section.minY) * view.scale;
  const upright = height > width * 1.4;
  const room = (upright ? height : width) * 0.8;
  const across = upright ? width : height;
  for (let size = 15; size >= 9; size -= 1) {
    context.font = labelFont(size);
    if (context.measureText(section.name).width > room || size > across * 0.8) continue;
    context.save();
    context.translate(section.labelX * view.scale + view.offsetX, section.labelY * view.scale + view.offsetY);
    if (upright) context.rotate(-Math.PI / 2);
    context.fillStyle = colour;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(section.name, 0, 0);
    context.restore();
    return;
  }
}

/** Zoomed in, the name goes just behind the section's back row, clear of its seats. */
function drawSectionNameBehind(context: CanvasRenderingContext2D, frame: VenueFrame, sectionIndex: number): void {
  const { layout, view } = frame;
  const section = layout.sections[sectionIndex]!;
  const front = layout.rows[section.firstRow];
  const back = layout.rows[section.firstRow + section.rowCount - 1];
  if (!front || !back || front.count === 0 || back.count === 0) return;
  const middle = (row: typeof front) => row.first + Math.floor(row.count / 2);
  const fx = layout.x[middle(front)]!;
  const fy = layout.y[middle(front)]!;
  const bx = layout.x[middle(back)]!;
  const by = layout.y[middle(back)]!;
  const length = Math.hypot(bx - fx, by - fy) || 1;
  const x = (bx + ((bx - fx) / length) * 1.4) * view.scale + view.offsetX;
  const y = (by + ((by - fy) / length) * 1.4) * view.scale + view.offsetY;
  context.font = sectionBehindFont(view.scale);
  context.fillStyle = '#1d2330';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(`Section ${section.name}`, x, y);
}

function drawRowLabels(context: CanvasRenderingContext2D, frame: VenueFrame, box: { minX: number; minY: number; maxX: number; maxY: number }, size: number): void {
  const { layout, view } = frame;
  context.font = labelFont(size);
  context.fillStyle = '#5b6472';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  // Two blocks side by side put their row labels in the same aisle: the second is left out.
  const drawn: { x: number; y: number; half: number }[] = [];
  for (const row of layout.rows) {
    if (row.count === 0) continue;
    for (const [x, y] of [[row.startX, row.startY], [row.endX, row.endY]] as const) {
      if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY) continue;
      const sx = x * view.scale + view.offsetX;
      const sy = y * view.scale + view.offsetY;
      const half = context.measureText(row.label).width / 2 + 2;
      if (drawn.length < 400 && drawn.some((other) => Math.abs(other.x - sx) < other.half + half && Math.abs(other.y - sy) < size)) continue;
      drawn.push({ x: sx, y: sy, half });
      context.fillText(row.label, sx, sy);
    }
  }
}

/** How big prepareZoom's scratch canvas is, in CSS pixels: room for a font's characters in a line. */
export const PREPARE_CANVAS = { width: 1200, height: 24 };

/**
 * Readies a draw at the frame's view without drawing the map: makes that zoom's seat sprites,
 * and draws them and each of its fonts' characters once on `scratch` (PREPARE_CANVAS at the
 * frame's pixel ratio, read back one pixel so all of it is rasterised now), so the draw finds
 * its sprites and glyphs made. A few milliseconds, where
 * drawing the whole map off screen took 5-40 ms on the arena, time in which an input waited.
 */
export function prepareZoom(scratch: CanvasRenderingContext2D, frame: VenueFrame): void {
  const { layout, view, pixelRatio } = frame;
  if (isOverview(view, frame.preview)) return;
  const glyphs = sortsOf(layout);
  scratch.setTransform(1, 0, 0, 1, 0, 0);
  scratch.clearRect(0, 0, scratch.canvas.width, scratch.canvas.height);
  if (view.scale >= GLYPHS_FROM) {
    const sheet = sheetAt(layout, view.scale, pixelRatio);
    for (let sort = 0; sort < glyphs.sorts.length; sort++) for (const look of LOOK_CODES) spriteColumn(sheet, look, sort, view.scale, pixelRatio);
    // Stamped once here, so the sheet's drawing is rasterised now too.
    scratch.drawImage(sheet.context.canvas, 0, 0);
  }
  const texts: [string, string][] = [[sectionBehindFont(view.scale), glyphs.sectionNames]];
  const labelPx = rowLabelPx(view.scale);
  if (labelPx !== null) texts.push([labelFont(labelPx), glyphs.rowLabels]);
  if (view.scale >= SEAT_NUMBERS_FROM) texts.push([seatNumberFont(view.scale), '0123456789']);
  for (const shape of layout.shapes) texts.push([labelFont(shapeLabelPx(shape.depth * view.scale)), glyphs.shapeLabels]);
  scratch.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  scratch.textAlign = 'left';
  scratch.textBaseline = 'top';
  scratch.fillStyle = '#000000';
  for (const [font, characters] of texts) {
    scratch.font = font;
    scratch.fillText(characters, 0, 0);
  }
  scratch.getImageData(0, 0, 1, 1);
}
