import { describe, expect, it } from 'vitest';
import { resolveCacheOptions } from './resolve-cache-options.js';

describe('resolveCacheOptions', () => {
  it('applies the documented defaults', () => {
    const before = Date.now();
    const resolved = resolveCacheOptions();
    expect(resolved).toMatchObject({
      driver: 'memory',
      namespace: 'default',
      ttl: Infinity,
      maxSize: Infinity,
      maxEntries: Infinity,
    });
    expect(resolved.encryptionKey).toBeUndefined();
    const now = resolved.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    [{ driver: 'redis' }, TypeError, /'driver'/],
    [{ driver: { type: 'fs', dir: '' } }, TypeError, /'driver'/],
    [{ namespace: 'a/b' }, TypeError, /'namespace'/],
    [{ namespace: '' }, TypeError, /'namespace'/],
    [{ ttl: 0 }, RangeError, /'ttl'/],
    [{ ttl: Number.NaN }, RangeError, /'ttl'/],
    [{ maxSize: -1 }, RangeError, /'maxSize'/],
    [{ maxEntries: 1.5 }, RangeError, /'maxEntries'/],
    [{ encryptionKey: new Uint8Array(16) }, RangeError, /'encryptionKey'/],
    [{ encryptionKey: 'short' }, RangeError, /'encryptionKey'/],
    [{ onWarning: 'log' }, TypeError, /'onWarning'/],
  ])('rejects %j naming the option', (options, type, message) => {
    expect(() => resolveCacheOptions(options as never)).toThrow(type);
    expect(() => resolveCacheOptions(options as never)).toThrow(message);
  });

  it('never echoes the encryption key in its errors', () => {
    expect(() => resolveCacheOptions({ encryptionKey: 'secret7' })).not.toThrow(/secret7/);
  });
});
