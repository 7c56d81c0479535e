import { describe, expect, it, vi } from 'vitest';
import { createEventSource } from './events.js';

describe('createEventSource', () => {
  it('delivers events until the listener is disposed', () => {
    const source = createEventSource<number>();
    const seen: number[] = [];
    const subscription = source.on((n) => seen.push(n));
    source.emit(1);
    subscription.dispose();
    source.emit(2);
    expect(seen).toEqual([1]);
  });

  it('keeps emitting to the other listeners and turns the error into a process warning', () => {
    const source = createEventSource<number>();
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const seen: number[] = [];
    source.on(() => {
      throw new Error('listener bug');
    });
    source.on((n) => seen.push(n));
    expect(() => source.emit(1)).not.toThrow();
    expect(seen).toEqual([1]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('listener bug'),
      'N2fListenerWarning',
    );
    warn.mockRestore();
  });
});
