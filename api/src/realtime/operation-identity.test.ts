import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationIdentity, usedVariablesKey } from './operation-identity.ts';

const schema = buildSchema(`
  type Query { ok: Boolean }
  input Filter { a: Int, b: String }
  type Seat { id: ID! status: String }
  type Subscription { seatUpdated(eventId: ID!, filter: Filter, note: String): Seat }
`);
const identityOf = (text: string, name?: string) => operationIdentity(parse(text), name)!;

describe('operation identity (what makes two subscriptions one group)', () => {
  it('ignores the operation name, comments and spacing, and the other operations of the document', () => {
    const a = identityOf('subscription W($e: ID!) { seatUpdated(eventId: $e) { id status } }');
    const b = identityOf('# hi\nsubscription   Other ( $e : ID! ) {\n seatUpdated(eventId: $e) { id, status } }\nquery Q { ok }', 'Other');
    expect(b.text).toBe(a.text);
  });

  it('keeps what changes the result: selections, aliases, literals (their spacing too), fragments', () => {
    const base = identityOf('subscription($e: ID!) { seatUpdated(eventId: $e) { id } }').text;
    expect(identityOf('subscription($e: ID!) { seatUpdated(eventId: $e) { id status } }').text).not.toBe(base);
    expect(identityOf('subscription($e: ID!) { seatUpdated(eventId: $e) { x: id } }').text).not.toBe(base);
    expect(identityOf('subscription { seatUpdated(eventId: "1", note: "a b") { id } }').text).not.toBe(identityOf('subscription { seatUpdated(eventId: "1", note: "a  b") { id } }').text);
    const withFragment = identityOf('subscription($e: ID!) { seatUpdated(eventId: $e) { ...F } } fragment F on Seat { id } fragment Unused on Seat { status }');
    expect(withFragment.text).toContain('fragment F on Seat');
    expect(withFragment.text).not.toContain('Unused');
  });

  it('keys only the variables the operation uses, as coerced: extra values and "5" versus 5 do not split', () => {
    const identity = identityOf('subscription($e: ID!, $f: Filter) { seatUpdated(eventId: $e, filter: $f) { id } }');
    const key = (variables: Record<string, unknown>) => usedVariablesKey(schema, identity, variables);
    expect(key({ e: '5', f: { a: 1, b: 'x' } })).toBe(key({ e: 5, f: { b: 'x', a: 1 }, junk: 'anything' }));
    expect(key({ e: '5' })).not.toBe(key({ e: '6' }));
    expect(key({ e: '5', f: { a: 1 } })).not.toBe(key({ e: '5', f: { a: 2 } }));
    // A declared variable the selection does not use (graphql's validation refuses such documents anyway) is no part of the key.
    const unused = identityOf('subscription($e: ID!, $x: String) { seatUpdated(eventId: $e) { id } }');
    expect(unused.variables.map((v) => v.variable.name.value)).toEqual(['e']);
  });
});
