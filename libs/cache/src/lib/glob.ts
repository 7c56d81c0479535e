import picomatch from 'picomatch';

/** Tells whether a key matches an invalidation or listing pattern. */
export type KeyMatcher = (key: string) => boolean;

// Patterns are picomatch globs, the one glob syntax of n2f-sync (`*` within a segment, `**` across
// segments, `?`, `[a-z]`, `{a,b}`). Keys separate segments with `:` where picomatch expects `/`, so
// the two characters swap places on both sides before matching.
const swapSeparators = (text: string): string =>
  text.replace(/[:/]/g, (c) => (c === ':' ? '/' : ':'));

/** Compiles a key glob once; throws a `TypeError` for an empty pattern. */
export function keyMatcher(pattern: string): KeyMatcher {
  if (typeof pattern !== 'string' || pattern.length === 0) {
    throw new TypeError('cache pattern must be a non-empty string');
  }
  const isMatch = picomatch(swapSeparators(pattern), { dot: true });
  return (key) => isMatch(swapSeparators(key));
}
