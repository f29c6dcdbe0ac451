import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { conflict } from './errors.ts';
import { formatError } from './format-error.ts';

const silent = pino({ level: 'silent' });

describe('formatError', () => {
  it('masks an unexpected error: no message, SQL, stack or path reaches the client', () => {
    const leak = new Error('duplicate key value violates unique constraint "users_email_unique" at /work/main/api/src/x.ts:1');
    const wrapped = new GraphQLError(leak.message, { originalError: leak, path: ['signUp'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } });
    const formatted = formatError(wrapped.toJSON(), wrapped, silent);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['signUp'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps a domain error’s code, message and extensions, without a stack trace', () => {
    const error = conflict({ id: '1', version: 3, status: 'HELD' });
    const formatted = formatError({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['x'] } }, error, silent);
    expect(formatted.extensions).toEqual({ code: 'CONFLICT', seat: { id: '1', version: 3, status: 'HELD' } });
    expect(formatted.message).toBe('Seat 1 was just taken');
  });

  it('keeps GraphQL’s own validation errors readable', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError(error.toJSON(), error, silent).message).toContain('nope');
  });
});
