import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SharedSubscriptions } from './shared-subscriptions.ts';

/** A source the test drives: `push` a value, `fail` with an error, `finish`; `returned` once closed. */
class Source implements AsyncIterableIterator<unknown> {
  private readonly queued: unknown[] = [];
  private waiting: { resolve: (r: IteratorResult<unknown>) => void; reject: (e: unknown) => void } | null = null;
  returned = false;

  push(value: unknown): void {
    if (this.waiting) this.waiting.resolve({ done: false, value });
    else this.queued.push(value);
    this.waiting = null;
  }

  fail(error: Error): void {
    this.waiting?.reject(error);
    this.waiting = null;
  }

  next(): Promise<IteratorResult<unknown>> {
    if (this.queued.length > 0) return Promise.resolve({ done: false, value: this.queued.shift() });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<unknown>> {
    this.returned = true;
    this.waiting?.resolve({ done: true, value: undefined });
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

function setUp() {
  const sources: Source[] = [];
  const schema = makeExecutableSchema({
    typeDefs: 'type Query { ok: Boolean } type Subscription { ticked(channel: String!): Int }',
    resolvers: {
      Subscription: {
        ticked: {
          subscribe: () => {
            const source = new Source();
            sources.push(source);
            return source;
          },
          resolve: (payload: number) => payload,
        },
      },
    },
  });
  const groups: number[] = [];
  const shared = new SharedSubscriptions({
    scope: () => ({}),
    contextFor: () => ({}),
    present: (result: ExecutionResult) => result,
    onError: () => {},
    onGroupCount: (n) => groups.push(n),
  });
  const document = parse('subscription($c: String!) { ticked(channel: $c) }');
  const args = (channel: string): ExecutionArgs => ({ schema, document, variableValues: { c: channel } });
  const socket = () => {
    const frames: string[] = [];
    return { frames, readyState: 1, send: (frame: string) => void frames.push(frame) };
  };
  return { shared, sources, groups, args, socket };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('a shared group', () => {
  it('runs one source for subscribers of the same operation and variables, and writes ready frames to each', async () => {
    const { shared, sources, args, socket } = setUp();
    const a = socket();
    const b = socket();
    const c = socket();
    await shared.subscribe(args('one'), { socket: a, id: 'a-1', user: null });
    await shared.subscribe(args('one'), { socket: b, id: 'b"1', user: null });
    await shared.subscribe(args('two'), { socket: c, id: 'c-1', user: null });
    // The second subscriber's own source was closed at once: the group's carries the channel.
    expect(sources.map((s) => s.returned)).toEqual([false, true, false]);
    sources[0]!.push(7);
    await settle();
    expect(a.frames).toEqual(['{"id":"a-1","type":"next","payload":{"data":{"ticked":7}}}']);
    expect(b.frames.map((f) => JSON.parse(f))).toEqual([{ id: 'b"1', type: 'next', payload: { data: { ticked: 7 } } }]);
    expect(c.frames).toEqual([]);
  });

  it('a subscriber that leaves gets done; the source closes with the last one', async () => {
    const { shared, sources, groups, args, socket } = setUp();
    const a = socket();
    const b = socket();
    const first = await shared.subscribe(args('one'), { socket: a, id: '1', user: null });
    const second = await shared.subscribe(args('one'), { socket: b, id: '2', user: null });
    if (!(Symbol.asyncIterator in first) || !(Symbol.asyncIterator in second)) throw new Error('expected iterators');
    const pending = first.next();
    await first.return!();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    sources[0]!.push(1);
    await settle();
    expect(a.frames).toEqual([]);
    expect(b.frames).toHaveLength(1);
    expect(sources[0]!.returned).toBe(false);
    await second.return!();
    expect(sources[0]!.returned).toBe(true);
    expect(groups.at(-1)).toBe(0);
  });

  it('a failing source ends every member with its error, and one subscribing after gets a new group', async () => {
    const { shared, sources, groups, args, socket } = setUp();
    const members = await Promise.all([1, 2].map((n) => shared.subscribe(args('one'), { socket: socket(), id: String(n), user: null })));
    const pending = members.map((m) => (Symbol.asyncIterator in m ? m.next() : Promise.resolve(null)));
    sources[0]!.fail(new Error('publisher lost'));
    for (const p of pending) await expect(p).rejects.toThrow('publisher lost');
    expect(groups.at(-1)).toBe(0);
    const late = socket();
    await shared.subscribe(args('one'), { socket: late, id: '3', user: null });
    sources.at(-1)!.push(2);
    await settle();
    expect(late.frames).toHaveLength(1);
  });
});
