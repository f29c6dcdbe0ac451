import type { TesseraServer } from '../src/server.ts';

type QueryFn = (...args: unknown[]) => unknown;

/**
 * Counts every statement the server's connection pool (the one `pg.Pool` MikroORM and the
 * inventory share) sends while `action` runs: MikroORM's reads and the inventory's prepared
 * statements alike. The test runs its action alone, so what is counted is what it cost.
 */
export async function countStatements(server: TesseraServer, action: () => Promise<unknown>): Promise<{ count: number; texts: string[] }> {
  const pool = (await server.app.orm.em.getConnection().getNativeClient()) as unknown as { Client: { prototype: { query: QueryFn } } };
  const prototype = pool.Client.prototype;
  const original = prototype.query;
  const texts: string[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first] = args;
    const text = typeof first === 'string' ? first : typeof first === 'object' && first !== null && 'text' in first ? String(first.text) : '?';
    texts.push(text.replace(/\s+/g, ' ').trim().slice(0, 120));
    return original.apply(this, args);
  };
  try {
    await action();
  } finally {
    prototype.query = original;
  }
  return { count: texts.length, texts };
}
