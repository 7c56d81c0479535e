import { EventEmitter } from 'cockatiel';
import { describe, expect, it, vi } from 'vitest';
import { shieldListeners } from './events.js';

describe('shieldListeners', () => {
  it('keeps emitting to the other listeners and turns the error into a process warning', () => {
    const emitter = new EventEmitter<number>();
    const listen = shieldListeners(emitter.addListener);
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const seen: number[] = [];
    listen(() => {
      throw new Error('listener bug');
    });
    listen((n) => seen.push(n));
    expect(() => emitter.emit(1)).not.toThrow();
    expect(seen).toEqual([1]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('listener bug'),
      'N2fListenerWarning',
    );
    warn.mockRestore();
  });
});
