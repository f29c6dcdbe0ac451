import { describe, expect, it } from 'vitest';
import { inSlices } from './in-slices.ts';

describe('a long list in slices', () => {
  it('keeps every item in order, the first slice as values and the rest resolved in later turns of the event loop', async () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const sliced = inSlices(items, 10);
    expect(sliced.slice(0, 10)).toEqual(items.slice(0, 10));
    expect(sliced.slice(10).every((item) => item instanceof Promise)).toBe(true);
    const turns: string[] = [];
    void (sliced[10] as Promise<number>).then(() => turns.push('slice 2'));
    void (sliced[20] as Promise<number>).then(() => turns.push('slice 3'));
    setImmediate(() => turns.push('immediate queued before'));
    expect(await Promise.all(sliced)).toEqual(items);
    expect(turns).toEqual(['immediate queued before', 'slice 2', 'slice 3']);
  });

  it('leaves a short list as it is', () => {
    expect(inSlices([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });
});
