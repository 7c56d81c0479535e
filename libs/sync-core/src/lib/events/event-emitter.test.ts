import { describe, expect, it } from 'vitest';
import { createEventSource } from './event-emitter.js';

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

  it('keeps going when a listener throws, and reports the error', () => {
    const errors: unknown[] = [];
    const source = createEventSource<string>((error) => errors.push(error));
    const seen: string[] = [];
    source.on(() => {
      throw new Error('listener bug');
    });
    source.on((s) => seen.push(s));
    source.emit('a');
    expect(seen).toEqual(['a']);
    expect(errors).toHaveLength(1);
  });
});
