/** Tells whether an identity (e-mail or code) is protected from deletion. */
export type ProtectedMatcher = (identity: string) => boolean;

const GLOB_CHARS = /[*?]/;
const REGEX_SPECIALS = /[.+^${}()|[\]\\]/g;

/**
 * Compiles the protected list once: exact entries in a set, globs (`*` any run, `?` one
 * character) in a single regular expression; matching ignores case and surrounding spaces.
 */
export function createProtectedMatcher(patterns: readonly string[]): ProtectedMatcher {
  const exact = new Set<string>();
  const globs: string[] = [];
  for (const raw of patterns) {
    const pattern = raw.trim().toLowerCase();
    if (pattern === '') continue;
    if (GLOB_CHARS.test(pattern)) globs.push(globToRegex(pattern));
    else exact.add(pattern);
  }
  const glob = globs.length > 0 ? new RegExp(`^(?:${globs.join('|')})$`) : undefined;
  return (identity) => {
    const id = identity.trim().toLowerCase();
    return exact.has(id) || (glob !== undefined && glob.test(id));
  };
}

function globToRegex(pattern: string): string {
  return pattern.replace(REGEX_SPECIALS, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
}
