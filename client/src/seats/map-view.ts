/**
 * Where the venue is on screen: screen = map * scale + offset, in CSS pixels, with map
 * coordinates in seat widths. Pure functions, tested without a browser.
 */
export interface MapView {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Pixels per seat width below which sections are drawn as areas coloured by what is left, not as seats. */
export const OVERVIEW_BELOW = 6;
/** Seats can be taken with a mouse from this size; smaller, a click zooms in instead. */
export const TAKE_WITH_MOUSE = 9;
/** ... and with a finger from this size: touch targets of at least 24 px. */
export const TAKE_WITH_TOUCH = 24;
/** Row labels are this share of a seat width tall, from 8 up to 13 px: they grow with the zoom like the seats they name. */
const ROW_LABEL_PER_SCALE = 0.55;
const ROW_LABEL_MAX_PX = 13;
/** Smaller text is not readable, so row labels are never drawn smaller than this. */
export const ROW_LABEL_MIN_PX = 8;
/**
 * Row labels from this size (12 px per seat), at 8 px until the share makes them bigger (14.5).
 * There 8 px text still fits: rows are 14.4 px apart and a label stands a seat width past its
 * row's end seat (whose edge is 4.8 px from its centre). Lower, two letters would touch the seat.
 * A click on a section lands at 11.5 to 17 px per seat on the demo arena on a 1280 x 800 screen
 * (`sectionView` lifts the lowest to this), so a section zoom names its rows.
 */
export const ROW_LABELS_FROM = 12;
/** Seat numbers inside the seats from this size. */
export const SEAT_NUMBERS_FROM = 22;
export const MAX_SCALE = 64;

export function takeScale(pointer: string): number {
  return pointer === 'touch' || pointer === 'pen' ? TAKE_WITH_TOUCH : TAKE_WITH_MOUSE;
}

/** The row labels' text size in pixels at `scale`, or null below the zoom where they are readable. */
export function rowLabelPx(scale: number): number | null {
  if (scale < ROW_LABELS_FROM) return null;
  return Math.min(ROW_LABEL_MAX_PX, Math.max(ROW_LABEL_MIN_PX, Math.round(scale * ROW_LABEL_PER_SCALE)));
}

/** The view that shows `box` whole inside `width` x `height`, with `padding` pixels around. */
export function fitBox(box: Box, width: number, height: number, padding = 12, maxScale = MAX_SCALE): MapView {
  const boxWidth = Math.max(1, box.maxX - box.minX);
  const boxHeight = Math.max(1, box.maxY - box.minY);
  const scale = Math.min(maxScale, Math.max(0.05, Math.min((width - 2 * padding) / boxWidth, (height - 2 * padding) / boxHeight)));
  return {
    scale,
    offsetX: width / 2 - ((box.minX + box.maxX) / 2) * scale,
    offsetY: height / 2 - ((box.minY + box.maxY) / 2) * scale,
  };
}

/** Room left around a section a click zooms into, in pixels. */
const SECTION_PADDING = 24;

/**
 * Where a click on a section in the overview zooms: the whole section with room around it, at
 * most `maxScale`. When that falls short of the row labels' zoom but the section still fits at
 * that zoom inside the canvas (only the room around it is given up), the labels' zoom, centred
 * on the section: a buyer who zooms into a section sees its row labels.
 */
export function sectionView(section: Box, width: number, height: number, maxScale: number): MapView {
  const fitted = fitBox(section, width, height, SECTION_PADDING, maxScale);
  if (fitted.scale >= ROW_LABELS_FROM || maxScale < ROW_LABELS_FROM) return fitted;
  if (fitBox(section, width, height, 0, maxScale).scale < ROW_LABELS_FROM) return fitted;
  return centreOn((section.minX + section.maxX) / 2, (section.minY + section.maxY) / 2, ROW_LABELS_FROM, width / 2, height / 2);
}

/** Zooms by `factor` keeping the map point under (`screenX`, `screenY`) where it is. */
export function zoomAround(view: MapView, factor: number, screenX: number, screenY: number, minScale: number, maxScale = MAX_SCALE): MapView {
  const scale = Math.min(maxScale, Math.max(minScale, view.scale * factor));
  const applied = scale / view.scale;
  return { scale, offsetX: screenX - (screenX - view.offsetX) * applied, offsetY: screenY - (screenY - view.offsetY) * applied };
}

/** Moves the view so that map point (`mapX`, `mapY`) is at (`screenX`, `screenY`), at `scale`. */
export function centreOn(mapX: number, mapY: number, scale: number, screenX: number, screenY: number): MapView {
  return { scale, offsetX: screenX - mapX * scale, offsetY: screenY - mapY * scale };
}

export function toMap(view: MapView, screenX: number, screenY: number): { x: number; y: number } {
  return { x: (screenX - view.offsetX) / view.scale, y: (screenY - view.offsetY) / view.scale };
}

/**
 * Keeps some of the venue on screen: it may be panned until only `margin` pixels of it remain,
 * never lost off the edge.
 */
export function clampView(view: MapView, box: Box, width: number, height: number, margin = 80): MapView {
  const left = box.minX * view.scale + view.offsetX;
  const right = box.maxX * view.scale + view.offsetX;
  const top = box.minY * view.scale + view.offsetY;
  const bottom = box.maxY * view.scale + view.offsetY;
  let { offsetX, offsetY } = view;
  if (right < margin) offsetX += margin - right;
  if (left > width - margin) offsetX -= left - (width - margin);
  if (bottom < margin) offsetY += margin - bottom;
  if (top > height - margin) offsetY -= top - (height - margin);
  return { scale: view.scale, offsetX, offsetY };
}

/** The part of the map on screen, in map coordinates, grown by `margin` seat widths. */
export function visibleBox(view: MapView, width: number, height: number, margin = 1): Box {
  const topLeft = toMap(view, 0, 0);
  const bottomRight = toMap(view, width, height);
  return { minX: topLeft.x - margin, minY: topLeft.y - margin, maxX: bottomRight.x + margin, maxY: bottomRight.y + margin };
}
