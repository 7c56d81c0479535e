import { ConversionFailure } from './canonical-value.js';

const TRUE_WORDS: ReadonlySet<string> = new Set([
  '1',
  'true',
  'yes',
  'y',
  'on',
  'oui',
  'o',
  'ja',
  'j',
]);
const FALSE_WORDS: ReadonlySet<string> = new Set([
  '0',
  'false',
  'no',
  'n',
  'off',
  'non',
  'nee',
  '',
]);
const FIX =
  'use 1/0, true/false, yes/no, y/n, on/off, oui/non, o, ja/nee, j, or leave it empty for false';

/**
 * A boolean as domain.md §2 defines it: true/false words in fr, nl and en (case and spaces
 * ignored), SQL bit, numbers 0 and 1; empty or NULL is false. Anything else is a failure.
 */
export function canonBoolean(value: unknown): boolean | ConversionFailure {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (value === 0 || value === 0n) return false;
    if (value === 1 || value === 1n) return true;
    return new ConversionFailure('is not a boolean (only 0 and 1 are)', FIX);
  }
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return new ConversionFailure('is not a boolean', FIX);
}

/** A boolean read from N2F (JSON boolean, `"true"`, 1, null…); what cannot be read is `null`. */
export function canonTargetBoolean(value: unknown): boolean | null {
  const result = canonBoolean(value);
  return result instanceof ConversionFailure ? null : result;
}
