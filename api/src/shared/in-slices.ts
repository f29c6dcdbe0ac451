/**
 * Hands a long list to graphql-js in slices of `size` items, each slice completed in a later turn
 * of the event loop: the first slice at once, every next one after the previous one and a
 * `setImmediate`. graphql-js completes a list of plain values in one go, which for a 20,000-seat
 * map held the event loop for a quarter of a second per map; in slices, other requests are
 * answered between them.
 */
export function inSlices<T>(items: readonly T[], size: number): (T | Promise<T>)[] {
  if (items.length <= size) return [...items];
  const result: (T | Promise<T>)[] = items.slice(0, size);
  let previous: Promise<void> = Promise.resolve();
  for (let start = size; start < items.length; start += size) {
    const slice = previous.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    previous = slice;
    for (const item of items.slice(start, start + size)) result.push(slice.then(() => item));
  }
  return result;
}
