/**
 * Preloaded (`node --expose-gc --import`) into the servers the memory bench measures: SIGUSR2
 * runs a full GC, so "memory per idle subscriber" counts what the subscribers keep, not the
 * garbage their handshakes left behind. Nothing in the API listens to SIGUSR2.
 */
const collect = (globalThis as { gc?: () => void }).gc;
process.on('SIGUSR2', () => collect?.());
