/**
 * Resolves once the browser has painted the current frame. A click marks its seat pending and
 * the map draws it synchronously; sending the mutation (with its optimistic cache write and the
 * React work that follows) only after the paint keeps that work out of the click's frame.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
