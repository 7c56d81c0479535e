// Patterns address `:`-separated keys: `*` matches within one segment, `**` across any number of
// segments (none included: `users:**` matches `users` and `users:a:b`). Nothing else is special.

const TOKENS = /\*\*:|:\*\*|\*\*|\*|[.+?^${}()|[\]\\]/g;

function translate(token: string): string {
  switch (token) {
    case '**:':
      return '(?:.*:)?';
    case ':**':
      return '(?::.*)?';
    case '**':
      return '.*';
    case '*':
      return '[^:]*';
    default:
      return `\\${token}`;
  }
}

/** Compiles a key glob to an anchored regular expression; throws a `TypeError` for an empty pattern. */
export function globToRegExp(pattern: string): RegExp {
  if (typeof pattern !== 'string' || pattern.length === 0) {
    throw new TypeError('cache pattern must be a non-empty string');
  }
  return new RegExp(`^${pattern.replace(TOKENS, translate)}$`, 'u');
}
