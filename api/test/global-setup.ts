import type { TestProject } from 'vitest/node';
import { migrate, openOrm } from '../src/db/orm.ts';
import { admin, adminRows, postgresServerForTests } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's migrated database; each test server works on a copy of it (see harness.ts). */
    databaseUrl: string;
  }
}

/**
 * One fresh database per test run, migrated once, dropped at the end. Test servers clone it
 * (CREATE DATABASE ... TEMPLATE), so a test that moves its clock and sweeps cannot expire the
 * holds of a test running beside it.
 */
export default async function setup(project: TestProject) {
  const server = await postgresServerForTests(process.env['DATABASE_URL']);
  const name = `tessera_test_${Date.now()}_${process.pid}`;
  await admin(server, `create database ${name}`);
  const url = server.urlFor(name);
  const orm = await openOrm({ databaseUrl: url, poolMax: 2 });
  await migrate(orm, url);
  await orm.close();
  project.provide('databaseUrl', url);

  return async () => {
    const clones = await adminRows(server, `select datname from pg_database where datname like '${name}\\_%'`);
    await admin(server, ...clones.map((row) => `drop database if exists ${row['datname']} with (force)`), `drop database if exists ${name} with (force)`);
    await server.stop();
  };
}
