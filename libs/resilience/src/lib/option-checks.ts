import { ConfigurationError } from './errors.js';

/** Returns `value` when it is an integer ≥ `min`; otherwise fails fast naming the option. */
export function checkInteger(key: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigurationError(
      key,
      `must be an integer ≥ ${min}, got ${String(value)}`,
      `set ${key} to a whole number ≥ ${min}`,
    );
  }
  return value;
}

/** Returns `value` when it is a finite number in [`min`, `max`]; otherwise fails fast naming the option. */
export function checkNumber(
  key: string,
  value: number,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigurationError(
      key,
      `must be a number between ${min} and ${max}, got ${String(value)}`,
      `set ${key} within [${min}, ${max}]`,
    );
  }
  return value;
}

/** Returns `value` when it is one of `allowed`; otherwise fails fast naming the option. */
export function checkOneOf<T extends string>(key: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new ConfigurationError(
      key,
      `must be one of ${allowed.join(', ')}, got "${value}"`,
      `set ${key} to one of ${allowed.join(', ')}`,
    );
  }
  return found;
}
