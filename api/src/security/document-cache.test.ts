import { describe, expect, it } from 'vitest';
import { buildSchema } from '../schema.ts';
import { createDocumentGuard } from './document-limits.ts';

const limits = { maxDepth: 8, maxAliases: 15, maxDirectives: 10, maxTokens: 1000, maxCost: 20_000 };

describe('socket documents', () => {
  it('thousands of watchers of one subscription share one parsed document; variables are still checked each time', () => {
    const schema = buildSchema();
    const guard = createDocumentGuard(limits, { introspection: true });
    const query = 'subscription Watch($e: ID!) { seatUpdated(eventId: $e) { id version status } }';
    const first = guard.check(schema, query, 'Watch', { e: '1' });
    const second = guard.check(schema, query, 'Watch', { e: '2' });
    if (Array.isArray(first) || Array.isArray(second)) throw new Error('both must pass');
    expect(second.document).toBe(first.document);
    expect(guard.check(schema, query, 'Watch', {})).toHaveLength(1);
    expect(guard.check(schema, 'subscription { nope }', undefined, {})).toHaveLength(1);
  });
});
