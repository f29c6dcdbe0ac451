import { makeExecutableSchema } from '@graphql-tools/schema';
import fc from 'fast-check';
import { execute, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from '../shared/date-time.ts';
import { flatEncoder } from './flat-result.ts';
import { projected } from './projection.ts';
import { SharedSubscriptions } from './shared-subscriptions.ts';

const typeDefs = `
scalar DateTime
enum State { WAITING ADMITTED }
type Place { id: ID! state: State! position: Int ahead: Int until: DateTime label: String! nested: Place }
type Query { ok: Boolean }
type Subscription { placed(channel: ID!): Place! computed: Place! }`;

/** A channel the test pushes to; each subscriber's projection answers its own place from the shared number. */
function setUp() {
  const channels: { push(v: number): void }[] = [];
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      DateTime: DateTimeScalar,
      Subscription: {
        placed: {
          subscribe: (_p: unknown, _a: unknown, ctx: { mine: number }) => {
            const queue: number[] = [];
            let wake: ((r: IteratorResult<number>) => void) | null = null;
            const source: AsyncIterableIterator<number> = {
              next: () => (queue.length ? Promise.resolve({ done: false, value: queue.shift()! }) : new Promise((r) => (wake = r))),
              return: () => Promise.resolve({ done: true, value: undefined }),
              [Symbol.asyncIterator]() {
                return this;
              },
            };
            channels.push({ push: (v) => (wake ? (wake({ done: false, value: v }), (wake = null)) : queue.push(v)) });
            return projected(source, {
              initial: { id: String(ctx.mine), state: 'WAITING', position: ctx.mine, ahead: ctx.mine - 1, until: null, label: `seat ${ctx.mine}` },
              project: (through: number) =>
                through < ctx.mine
                  ? { id: String(ctx.mine), state: 'WAITING', position: ctx.mine, ahead: ctx.mine - through - 1, until: null, label: `seat ${ctx.mine}` }
                  : { id: String(ctx.mine), state: 'ADMITTED', position: ctx.mine, ahead: 0, until: '2026-12-01T10:00:00.000Z', label: `seat ${ctx.mine}` },
            });
          },
          resolve: (place: unknown) => place,
        },
      },
      Place: {},
    },
  });
  const shared = new SharedSubscriptions<unknown, { id: number }>({
    scope: () => ({}),
    contextFor: () => ({}),
    present: (result: ExecutionResult) => result,
    onError: (error) => {
      throw error;
    },
    onGroupCount: () => {},
  });
  return { schema, shared, channels };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('projected subscriptions', () => {
  it('share one source per operation and variables, write each subscriber its own value, and execute nothing', async () => {
    const { schema, shared, channels } = setUp();
    const document = parse('subscription($c: ID!) { placed(channel: $c) { id state ahead } }');
    const sockets = [1, 2, 3].map(() => ({ frames: [] as string[], readyState: 1, send(frame: string) { this.frames.push(frame); } }));
    for (const [i, socket] of sockets.entries()) {
      await shared.subscribe({ schema, document, variableValues: { c: '9' }, contextValue: { mine: i + 1 } }, { socket, id: `s${i}`, user: { id: i + 1 } });
    }
    await settle();
    // First frames: each subscriber's place as it stands.
    expect(sockets.map((s) => JSON.parse(s.frames[0]!).payload.data.placed.ahead)).toEqual([0, 1, 2]);
    channels[0]!.push(1);
    await settle();
    expect(sockets.map((s) => JSON.parse(s.frames.at(-1)!).payload.data.placed)).toEqual([
      { id: '1', state: 'ADMITTED', ahead: 0 },
      { id: '2', state: 'WAITING', ahead: 0 },
      { id: '3', state: 'WAITING', ahead: 1 },
    ]);
    expect(shared.counts).toEqual({ executions: 0, projections: 6 });
  });

  it('a selection that is not flat is executed per subscriber, with the same result', async () => {
    const { schema, shared, channels } = setUp();
    const document = parse('subscription { placed(channel: "1") { id nested { id } } }');
    const socket = { frames: [] as string[], readyState: 1, send(frame: string) { this.frames.push(frame); } };
    await shared.subscribe({ schema, document, contextValue: { mine: 4 } }, { socket, id: 'x', user: { id: 4 } });
    channels[0]!.push(2);
    await settle();
    expect(socket.frames.map((f) => JSON.parse(f).payload.data.placed)).toEqual([{ id: '4', nested: null }, { id: '4', nested: null }]);
    expect(shared.counts.executions).toBe(2);
  });
});

describe('the flat encoder writes exactly what execute would', () => {
  const { schema } = setUp();
  const fields = ['id', 'state', 'position', 'ahead', 'until', 'label', '__typename'];
  const place = fc.record({
    id: fc.integer({ min: 1, max: 99 }).map(String),
    state: fc.constantFrom('WAITING', 'ADMITTED'),
    position: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: null }),
    ahead: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
    until: fc.option(fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), { nil: null }),
    label: fc.string({ maxLength: 12 }),
  });
  const selection = fc.array(
    fc.record({ field: fc.constantFrom(...fields), alias: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), skip: fc.constantFrom('none', 'skip', 'include'), wrap: fc.constantFrom('plain', 'inline', 'spread') }),
    { minLength: 1, maxLength: 6 },
  );

  it('for aliases, fragments, __typename, @skip and @include with variables, over random values', () => {
    fc.assert(
      fc.property(selection, place, fc.boolean(), (picked, value, flag) => {
        const fragments: string[] = [];
        const body = picked
          .map((p, i) => {
            const directive = p.skip === 'skip' ? ' @skip(if: $flag)' : p.skip === 'include' ? ' @include(if: $flag)' : '';
            const field = `${p.alias ? `${p.alias}${i}: ` : ''}${p.field}${directive}`;
            if (p.wrap === 'inline') return `... on Place { ${field} }`;
            if (p.wrap === 'spread') {
              fragments.push(`fragment F${i} on Place { ${field} }`);
              return `...F${i}`;
            }
            return field;
          })
          .join(' ');
        const document = parse(`subscription($flag: Boolean!) { placed(channel: "1") { ${body} } } ${fragments.join(' ')}`);
        const encode = flatEncoder(schema, document, undefined, { flag });
        expect(encode).not.toBeNull();
        const executed = execute({ schema, document, rootValue: value, variableValues: { flag } }) as ExecutionResult;
        expect(encode!(value)).toBe(JSON.stringify(executed));
      }),
      { numRuns: 300 },
    );
  });

  it('answers null (execute instead) for a missing non-null value, and refuses nested selections', () => {
    const flat = flatEncoder(schema, parse('subscription { placed(channel: "1") { id label } }'), undefined, {});
    expect(flat!({ id: '1', label: null })).toBeNull();
    expect(flatEncoder(schema, parse('subscription { placed(channel: "1") { nested { id } } }'), undefined, {})).toBeNull();
  });
});
