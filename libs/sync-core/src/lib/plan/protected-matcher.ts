import picomatch from 'picomatch';

/** Tells whether an identity (e-mail or code) is protected from deletion. */
export type ProtectedMatcher = (identity: string) => boolean;

/**
 * Compiles the protected list once: exact entries and picomatch globs (`*` any run of characters
 * but `/`, `?` one character, `[a-z]`, `{a,b}`), the one glob syntax of n2f-sync; matching ignores
 * case and surrounding spaces.
 */
export function createProtectedMatcher(patterns: readonly string[]): ProtectedMatcher {
  const cleaned = patterns
    .map((pattern) => pattern.trim().toLowerCase())
    .filter((pattern) => pattern !== '');
  if (cleaned.length === 0) return () => false;
  const isMatch = picomatch(cleaned, { dot: true, nocase: true });
  return (identity) => isMatch(identity.trim().toLowerCase());
}
