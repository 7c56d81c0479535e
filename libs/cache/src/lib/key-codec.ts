// Keys are `:`-separated segments. Each segment is percent-encoded on the way to storage so that
// any text is a valid file name (no `/`, `.`, `?` or `$`, which unstorage treats specially), and
// the last one gets a `.json` suffix: on the fs driver `a` is then the file `a.json`, apart from
// the directory `a/` that holds `a:b`.

const UNSAFE = /[^A-Za-z0-9_-]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function encodeSegment(segment: string): string {
  return segment.replace(UNSAFE, (char) =>
    Array.from(
      Buffer.from(char, 'utf8'),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}

/** Throws a `TypeError` unless `key` is a string of non-empty `:`-separated segments of well-formed text. */
export function assertKey(key: unknown): asserts key is string {
  if (
    typeof key !== 'string' ||
    key.length === 0 ||
    key.split(':').includes('') ||
    LONE_SURROGATE.test(key)
  ) {
    throw new TypeError(
      `cache key must be non-empty ':'-separated segments, got ${JSON.stringify(key)}`,
    );
  }
}

const SUFFIX = '.json';

/** The storage form of a key (segments percent-encoded, separators kept, `.json` appended). */
export function encodeKey(key: string): string {
  return `${key.split(':').map(encodeSegment).join(':')}${SUFFIX}`;
}

/** The key back from its storage form; `undefined` for a name the cache did not write. */
export function decodeKey(stored: string): string | undefined {
  if (!stored.endsWith(SUFFIX)) return undefined;
  try {
    return stored.slice(0, -SUFFIX.length).split(':').map(decodeURIComponent).join(':');
  } catch {
    return undefined;
  }
}
