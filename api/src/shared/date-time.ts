import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const invalid = () =>
  new GraphQLError('DateTime must be an ISO-8601 string such as 2026-12-31T20:00:00Z, in the years 1 to 9999', { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * JavaScript dates reach the year 275760; PostgreSQL's timestamptz refuses years past 294276 and
 * its parser refuses six-digit years outright. Years 1-9999 are what ISO-8601 writes with four
 * digits and what every part of the stack stores and compares alike.
 */
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999;
}

function parse(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40) throw invalid();
  const date = new Date(value);
  if (!isStorableDate(date)) throw invalid();
  return date;
}

/** ISO-8601 in UTC on the wire, Date inside. Views that went through JSON carry strings: both serialise. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid();
    return parse(ast.value);
  },
});
