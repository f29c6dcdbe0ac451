import { describe, expect, it } from 'vitest';
import { startSerialLoop } from './serial-loop.ts';

describe('a serial loop', () => {
  it('never runs two rounds at once, queues runNow behind the running round, and stop waits for it', async () => {
    let inFlight = 0;
    let most = 0;
    let rounds = 0;
    const loop = startSerialLoop(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      return ++rounds;
    }, 5);
    const answers = await Promise.all([loop.runNow(), loop.runNow(), loop.runNow()]);
    expect(answers[2]! - answers[0]!).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await loop.stop();
    const after = rounds;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(most).toBe(1);
    expect(rounds).toBe(after);
    expect(inFlight).toBe(0);
  });
});
