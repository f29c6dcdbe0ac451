import type { TestProject } from 'vitest/node';
import { migrate, openOrm } from '../src/db/orm.ts';
import { admin, postgresServerForTests } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh database per test run, migrated once, dropped at the end. */
export default async function setup(project: TestProject) {
  const server = await postgresServerForTests(process.env['DATABASE_URL']);
  const name = `tessera_test_${Date.now()}_${process.pid}`;
  await admin(server, `create database ${name}`);
  const url = server.urlFor(name);
  const orm = await openOrm({ databaseUrl: url, poolMax: 2 });
  await migrate(orm);
  await orm.close();
  project.provide('databaseUrl', url);

  return async () => {
    await admin(server, `drop database if exists ${name} with (force)`);
    await server.stop();
  };
}
