import type { TesseraServer } from '../src/server.ts';
import { formatSql, RESERVE_SQL } from './raw-reserve.ts';

export interface TracedStatement {
  template: string;
  params: readonly unknown[];
}

/** Every statement MikroORM sends while `action` runs (its `onQuery` hook sees each one). */
export async function traceStatements(server: TesseraServer, action: () => Promise<void>): Promise<TracedStatement[]> {
  const config = server.app.orm.config;
  const previous = config.get('onQuery');
  const traced: TracedStatement[] = [];
  config.set('onQuery', (sql, params) => {
    traced.push({ template: sql, params: [...params] });
    return previous(sql, params);
  });
  try {
    await action();
  } finally {
    config.set('onQuery', previous);
  }
  return traced;
}

export interface SqlCheck {
  /** What PostgreSQL received, formatted by MikroORM itself (`begin` and `commit` come from the transaction). */
  statements: string[];
  /** Empty when the raw loop's templates, order and literal formatting are MikroORM's. */
  mismatches: string[];
}

/**
 * Compares one traced reservation with the raw loop's statements: same templates in the same
 * order, and our literal formatting giving byte-for-byte MikroORM's text.
 */
/** What PostgreSQL received for traced statements, formatted by MikroORM itself. */
export function formatted(server: TesseraServer, traced: readonly TracedStatement[]): string[] {
  const platform = server.app.orm.em.getPlatform();
  return ['begin', ...traced.map((t) => platform.formatQuery(t.template, t.params)), 'commit'];
}

export function checkAgainstRaw(server: TesseraServer, traced: readonly TracedStatement[], expected: readonly (keyof typeof RESERVE_SQL)[]): SqlCheck {
  const statements = formatted(server, traced).slice(1, -1);
  const mismatches: string[] = [];
  if (traced.length !== expected.length) mismatches.push(`MikroORM sent ${traced.length} statements, the raw loop sends ${expected.length}`);
  traced.forEach((t, i) => {
    const name = expected[i];
    if (name && t.template !== RESERVE_SQL[name]) mismatches.push(`statement ${i + 1} differs from RESERVE_SQL.${name}:\n  orm: ${t.template}\n  raw: ${RESERVE_SQL[name]}`);
    if (formatSql(t.template, t.params) !== statements[i]) mismatches.push(`statement ${i + 1}: literal formatting differs from MikroORM's`);
  });
  return { statements: ['begin', ...statements, 'commit'], mismatches };
}
