/** Items of a long array serialised per turn of the event loop. */
const ITEMS_PER_TURN = 500;
/** Long arrays are looked for this deep (a page of events' seat maps is six levels down). */
const MAX_DEPTH = 8;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** The objects and arrays on the way to an array too long to serialise in one go (none: there is no such array). */
function pathsToLongArrays(value: unknown, depth: number, found: Set<unknown>): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    let on = value.length > ITEMS_PER_TURN;
    if (!on) for (const item of value) on = pathsToLongArrays(item, depth + 1, found) || on;
    if (on) found.add(value);
    return on;
  }
  if (!isObject(value)) return false;
  let on = false;
  for (const key in value) on = pathsToLongArrays(value[key], depth + 1, found) || on;
  if (on) found.add(value);
  return on;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function write(value: unknown, parts: string[], along: Set<unknown>): Promise<void> {
  if (!along.has(value)) {
    parts.push(JSON.stringify(value) ?? 'null');
  } else if (Array.isArray(value) && value.length > ITEMS_PER_TURN) {
    parts.push('[');
    for (let start = 0; start < value.length; start += ITEMS_PER_TURN) {
      if (start > 0) {
        parts.push(',');
        await nextTurn();
      }
      parts.push(value.slice(start, start + ITEMS_PER_TURN).map((item) => JSON.stringify(item) ?? 'null').join(','));
    }
    parts.push(']');
  } else if (Array.isArray(value)) {
    parts.push('[');
    for (const [i, item] of value.entries()) {
      if (i > 0) parts.push(',');
      await write(item, parts, along);
    }
    parts.push(']');
  } else {
    parts.push('{');
    let first = true;
    for (const key in value as Json) {
      const item = (value as Json)[key];
      // What JSON.stringify leaves out of an object.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      await write(item, parts, along);
    }
    parts.push('}');
  }
}

/**
 * A GraphQL response as JSON, exactly as Apollo's own serialiser writes it (JSON.stringify and a
 * newline), but with long lists written a few hundred items per turn of the event loop: one
 * 20,000-seat map is 5 MB of JSON, which JSON.stringify would write in one go while every other
 * request of the process waits.
 */
export async function stringifyInSlices(value: unknown): Promise<string> {
  const along = new Set<unknown>();
  if (!pathsToLongArrays(value, 0, along)) return `${JSON.stringify(value)}\n`;
  const parts: string[] = [];
  await write(value, parts, along);
  return `${parts.join('')}\n`;
}
