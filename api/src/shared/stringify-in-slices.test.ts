import { describe, expect, it } from 'vitest';
import { stringifyInSlices } from './stringify-in-slices.ts';

describe('a response serialised in slices', () => {
  it('writes exactly what JSON.stringify writes, long lists included', async () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, skipped: undefined });
    const seats = Array.from({ length: 1234 }, (_, i) => ({ id: String(i), x: i / 3, heldByMe: false, tier: { name: 'A "quoted" \u2028 name' }, gone: undefined }));
    const values = [
      { data: { event: { seats } } },
      { data: { events: { edges: [{ node: { seats } }, { node: { seats: seats.slice(0, 3) } }] } }, errors: [{ message: 'x', extensions: { code: 'Y' } }] },
      { data: { list: [1, undefined, null, Number.NaN, 'é', bare], when: new Date(0) } },
      { data: { big: Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? undefined : i)) } },
      { data: null },
    ];
    for (const value of values) expect(await stringifyInSlices(value)).toBe(`${JSON.stringify(value)}\n`);
  });

  it('lets other work run between slices of a long list', async () => {
    const ran: string[] = [];
    setImmediate(() => ran.push('other work'));
    const text = await stringifyInSlices({ data: { seats: Array.from({ length: 2000 }, (_, id) => ({ id })) } });
    ran.push('serialised');
    expect(ran).toEqual(['other work', 'serialised']);
    expect(JSON.parse(text).data.seats).toHaveLength(2000);
  });
});
