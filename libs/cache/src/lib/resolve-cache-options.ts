import type { Driver } from 'unstorage';
import type { CacheDriverOption, CacheOptions, CacheWarning } from './types.js';

/** {@link CacheOptions} with defaults applied and every field checked. */
export interface ResolvedCacheOptions {
  readonly driver: CacheDriverOption;
  readonly namespace: string;
  readonly ttl: number;
  readonly maxSize: number;
  readonly maxEntries: number;
  readonly encryptionKey: string | Uint8Array | undefined;
  readonly onWarning: (warning: CacheWarning) => void;
  readonly now: () => number;
}

const NAMESPACE = /^[A-Za-z0-9_-]+(?::[A-Za-z0-9_-]+)*$/;
/** The shortest passphrase `encryptionKey` accepts, in characters. */
export const MIN_PASSPHRASE_LENGTH = 8;

function isDriver(value: object): value is Driver {
  const driver = value as Partial<Driver>;
  return (
    typeof driver.getItem === 'function' &&
    typeof driver.getKeys === 'function' &&
    typeof driver.hasItem === 'function'
  );
}

function checkDriver(driver: unknown): CacheDriverOption {
  if (driver === 'memory') return driver;
  if (typeof driver === 'object' && driver !== null) {
    const fs = driver as { type?: unknown; dir?: unknown };
    if (fs.type === 'fs' && typeof fs.dir === 'string' && fs.dir.length > 0)
      return { type: 'fs', dir: fs.dir };
    if (isDriver(driver)) return driver;
  }
  throw new TypeError(
    "cache option 'driver' must be 'memory', { type: 'fs', dir } or an unstorage Driver",
  );
}

function checkPositive(name: string, value: number, integer = false): number {
  if (
    typeof value !== 'number' ||
    Number.isNaN(value) ||
    value <= 0 ||
    (integer && value !== Infinity && !Number.isInteger(value))
  ) {
    throw new RangeError(
      `cache option '${name}' must be a positive ${integer ? 'integer' : 'number'} or Infinity`,
    );
  }
  return value;
}

/** Checks a per-entry `ttl` as the option of the same name is checked. */
export function checkTtl(ttl: number): number {
  return checkPositive('ttl', ttl);
}

function checkKey(key: unknown): string | Uint8Array | undefined {
  if (key === undefined) return undefined;
  if (key instanceof Uint8Array) {
    if (key.length === 32) return key;
    throw new RangeError("cache option 'encryptionKey' must be 32 bytes when given as bytes");
  }
  if (typeof key === 'string' && key.length >= MIN_PASSPHRASE_LENGTH) return key;
  throw new RangeError(
    `cache option 'encryptionKey' must be 32 bytes or a passphrase of ${MIN_PASSPHRASE_LENGTH}+ characters`,
  );
}

function checkFunction<F>(name: string, value: F | undefined, fallback: F): F {
  if (value === undefined) return fallback;
  if (typeof value !== 'function') throw new TypeError(`cache option '${name}' must be a function`);
  return value;
}

/** Applies the defaults of {@link CacheOptions}; throws a `TypeError`/`RangeError` naming the first bad option. */
export function resolveCacheOptions(options: CacheOptions = {}): ResolvedCacheOptions {
  const namespace = options.namespace ?? 'default';
  if (typeof namespace !== 'string' || !NAMESPACE.test(namespace)) {
    throw new TypeError(
      "cache option 'namespace' must be ':'-separated segments of letters, digits, '_' or '-'",
    );
  }
  return {
    driver: checkDriver(options.driver ?? 'memory'),
    namespace,
    ttl: checkPositive('ttl', options.ttl ?? Infinity),
    maxSize: checkPositive('maxSize', options.maxSize ?? Infinity),
    maxEntries: checkPositive('maxEntries', options.maxEntries ?? Infinity, true),
    encryptionKey: checkKey(options.encryptionKey),
    onWarning: checkFunction('onWarning', options.onWarning, () => undefined),
    // Read `Date.now` at each call, so fake timers that replace `Date` apply.
    now: checkFunction('now', options.now, () => Date.now()),
  };
}
