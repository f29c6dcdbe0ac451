import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AfterCommitPublisher } from './after-commit-publisher.ts';
import { MemoryPublisher } from './memory-publisher.ts';
import type { Publisher } from './publisher.ts';

const seat = { id: 1, eventId: 2, tierId: 3, version: 2, status: 'HELD' as const, section: 'A', row: '1', number: 1, x: 0, y: 0, holderId: 9 };

describe('publishing after commit', () => {
  it('a fan-out failure is counted and swallowed: the committed change stays a success', async () => {
    const broken: Publisher = Object.assign(new MemoryPublisher(), {
      publish: async () => {
        throw new Error('redis: connection refused');
      },
    });
    let failures = 0;
    const publisher = new AfterCommitPublisher(broken, pino({ level: 'silent' }), () => failures++);
    await expect(publisher.publish('seat', 2, seat)).resolves.toBeUndefined();
    expect(failures).toBe(1);
  });

  it('passes messages through when the fan-out works', async () => {
    const publisher = new AfterCommitPublisher(new MemoryPublisher(), pino({ level: 'silent' }), () => {});
    const updates = publisher.subscribe('seat', 2);
    const next = updates.next();
    await publisher.publish('seat', 2, seat);
    expect((await next).value).toEqual(seat);
  });
});
