/**
 * Preloaded (`node --expose-gc --import`) into the servers the memory bench measures: SIGUSR2
 * runs a memory-reducing full GC (V8's "last resort" collection, the one its memory reducer
 * runs in a process gone idle), so "memory per idle subscriber" counts what the subscribers
 * keep: not the garbage their handshakes left behind, nor the young generation V8 grew while
 * they arrived and gives back once allocation stops. Both servers are measured the same way.
 * Nothing in the API listens to SIGUSR2.
 */
type Gc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async'; flavor?: 'regular' | 'last-resort' }) => void;
const collect = (globalThis as { gc?: Gc }).gc;
process.on('SIGUSR2', () => collect?.({ type: 'major', execution: 'sync', flavor: 'last-resort' }));
