/** Kept for the imports that name it: PostgreSQL start-up and `freePort` live in the kit (test/kit). */
export { admin, adminRows, freePort, postgresServerForTests, type ServerForTests } from './kit/index.ts';
