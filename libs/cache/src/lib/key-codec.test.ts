import { describe, expect, it } from 'vitest';
import { assertKey, decodeKey, encodeKey } from './key-codec.js';

describe('key codec', () => {
  it.each(['companies', 'axes:c1:a1', 'a/b', '..', 'q?x', 'end$', 'é:Ω', '%41', 'emoji 🎉'])(
    'round-trips %j',
    (key) => {
      const stored = encodeKey(key);
      expect(stored).toMatch(/^[A-Za-z0-9_%:-]+\.json$/);
      expect(stored.split(':')).toHaveLength(key.split(':').length);
      expect(decodeKey(stored)).toBe(key);
    },
  );

  it('ignores names it did not write', () => {
    expect(decodeKey('stray')).toBeUndefined();
    expect(decodeKey('%E0%A4%A.json')).toBeUndefined();
  });

  it.each(['', 'a::b', ':a', 'a:', '\uD800x', 42])('rejects %j', (key) => {
    expect(() => assertKey(key)).toThrow(TypeError);
  });
});
