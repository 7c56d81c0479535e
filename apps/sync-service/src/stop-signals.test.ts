import { afterEach, describe, expect, it } from 'vitest';
import { onStopSignal, STOP_SIGNALS } from './stop-signals.js';

// Windows cannot be run in CI: SIGBREAK (Ctrl-Break) is emitted on the real process object instead.
describe('onStopSignal', () => {
  let dispose: (() => void) | undefined;
  afterEach(() => dispose?.());

  it.each(STOP_SIGNALS)('stops once on %s, then stops listening to every stop signal', (name) => {
    const before = STOP_SIGNALS.map((s) => process.listenerCount(s));
    const seen: string[] = [];
    dispose = onStopSignal((signal) => seen.push(signal));
    process.emit(name, name);
    expect(seen).toEqual([name]);
    expect(STOP_SIGNALS.map((s) => process.listenerCount(s))).toEqual(before);
  });

  it('listens to SIGBREAK, which Windows sends on Ctrl-Break instead of SIGTERM', () => {
    expect(STOP_SIGNALS).toEqual(expect.arrayContaining(['SIGINT', 'SIGBREAK']));
  });
});
