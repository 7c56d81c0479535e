import { createConsola } from 'consola';
import { afterEach, describe, expect, it } from 'vitest';
import { abortOnInterrupt, STOP_SIGNALS, type Interrupt } from './interrupt.js';

const quiet = createConsola({ level: -999 });

// CI cannot press Ctrl-Break on Windows: the signals are emitted on the real process object instead.
describe('abortOnInterrupt', () => {
  let interrupt: Interrupt | undefined;
  afterEach(() => interrupt?.dispose());

  it.each(['SIGINT', 'SIGBREAK', 'SIGTERM'] as const)(
    'aborts the run signal on %s, naming it',
    (name) => {
      interrupt = abortOnInterrupt(quiet);
      expect(interrupt.signal.aborted).toBe(false);
      process.emit(name, name);
      expect(interrupt.signal.aborted).toBe(true);
      expect((interrupt.signal.reason as Error).message).toBe(`interrupted by ${name}`);
    },
  );

  it('stops listening once disposed', () => {
    const before = STOP_SIGNALS.map((name) => process.listenerCount(name));
    interrupt = abortOnInterrupt(quiet);
    expect(STOP_SIGNALS.map((name) => process.listenerCount(name))).toEqual(
      before.map((n) => n + 1),
    );
    interrupt.dispose();
    expect(STOP_SIGNALS.map((name) => process.listenerCount(name))).toEqual(before);
  });
});
