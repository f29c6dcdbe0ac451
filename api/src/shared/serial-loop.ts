/**
 * A periodic job that never overlaps itself: a round runs `intervalMs` after the previous one
 * ended, and `runNow()` (tests, a caller that cannot wait) queues one more round behind the one
 * running. `stop()` cancels the next round and waits for the running one. `round` handles its
 * own errors: a round that throws would end the chain's promise, not the loop.
 */
export interface SerialLoop {
  runNow(): Promise<number>;
  stop(): Promise<void>;
}

export function startSerialLoop(round: () => Promise<number>, intervalMs: number): SerialLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);
  const runNow = () => (running = running.then(round));
  const tick = () => {
    void runNow().finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
