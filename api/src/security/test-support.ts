import { pino, type Logger } from 'pino';
import type { TesseraServer } from '../server.ts';

/** How many statements MikroORM sends to PostgreSQL while `action` runs (its `onQuery` hook sees each one). */
export async function countQueries(server: TesseraServer, action: () => Promise<void>): Promise<number> {
  const config = server.app.orm.config;
  const previous = config.get('onQuery');
  let count = 0;
  config.set('onQuery', (sql, params) => {
    count++;
    return previous(sql, params);
  });
  try {
    await action();
  } finally {
    config.set('onQuery', previous);
  }
  return count;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

/** A POST to /graphql with any body and headers (JSON unless said otherwise). */
export async function post(server: Pick<TesseraServer, 'url'>, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  let json: RawResponse['json'] = null;
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The GraphQL request as JSON, sent with `post`. */
export const operation = (server: Pick<TesseraServer, 'url'>, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(server, JSON.stringify({ query, variables }), headers);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A pino logger whose records (at `level` and above) a test can read. */
export function capturingLogger(level = 'debug'): { logger: Logger; records: { level: number; msg?: string; [key: string]: unknown }[] } {
  const records: { level: number; msg?: string }[] = [];
  const stream = { write: (line: string) => void records.push(JSON.parse(line) as { level: number; msg?: string }) };
  return { logger: pino({ level }, stream), records };
}
