/** The text that stands in for a secret wherever one would have been shown. */
export const REDACTED = '[REDACTED]';

const SECRET_KEY =
  /pass(word)?|secret|token|authorization|api[-_]?key|cookie|encryption[-_]?key|credential/i;
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/(bearer\s+)[\w.~+/=-]+/gi, `$1${REDACTED}`],
  // Greedy up to the last "@" of the authority, so a password may itself contain "@".
  [/(\/\/[^/\s:@]+:)[^\s/]+@/g, `$1${REDACTED}@`],
  [/((?:password|pwd|secret|token)"?\s*[=:]\s*)("[^"]*"|'[^']*'|[^;&\s,}]+)/gi, `$1${REDACTED}`],
];

/** Removes secrets from a string: bearer tokens, URL credentials, `password=…` pairs. */
export function redactText(text: string): string {
  return SECRET_PATTERNS.reduce(
    (out, [pattern, replacement]) => out.replace(pattern, replacement),
    text,
  );
}

/**
 * Returns a deep copy of `value` with secrets replaced by `[REDACTED]`: values under keys that
 * name a secret (password, secret, token, authorization, api key, cookie, encryption key) and
 * secret-looking parts of strings. Cycles are cut.
 * @example redact({ user: 'sa', password: 'x' }) // { user: 'sa', password: '[REDACTED]' }
 */
export function redact<T>(value: T): T {
  return redactValue(value, new WeakSet()) as T;
}

function redactValue(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (value instanceof Date) return value.toISOString();
  // `seen` holds the objects on the path from the root, so a value shared by two branches is
  // copied twice and only a true cycle is cut.
  seen.add(value);
  const out = Array.isArray(value)
    ? value.map((item) => redactValue(item, seen))
    : redactEntries(value, seen);
  seen.delete(value);
  return out;
}

function redactEntries(value: object, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      SECRET_KEY.test(key) && item !== undefined && item !== null
        ? REDACTED
        : redactValue(item, seen);
  }
  return out;
}
