/** What the cache knows about one entry without reading it. */
export interface IndexEntry {
  readonly size: number;
  readonly lastAccess: number;
  readonly expiresAt: number | null;
}

/** Entries in recency order (least recently used first), with running totals. */
export interface LruIndex {
  readonly entries: number;
  readonly bytes: number;
  get(key: string): IndexEntry | undefined;
  /** Adds or replaces an entry as the most recently used. */
  upsert(key: string, entry: IndexEntry): void;
  /** Marks an entry as used now; false when unknown. */
  touch(key: string, now: number): boolean;
  remove(key: string): boolean;
  /** Keys, least recently used first. */
  keys(): string[];
  /** Keys whose entry has expired at `now`. */
  expired(now: number): string[];
  /** Least recently used keys to drop so that the rest fits the bounds; `keep` is never chosen. */
  overflow(maxSize: number, maxEntries: number, keep?: string): string[];
  /** JSON text that {@link parseIndex} reads back, order included. */
  serialise(): string;
}

type Row = readonly [key: string, size: number, lastAccess: number, expiresAt: number | null];

/** An index over `rows` given least recently used first. */
export function createLruIndex(rows: Iterable<readonly [string, IndexEntry]> = []): LruIndex {
  // A Map keeps insertion order: deleting and re-inserting a key moves it to the recent end.
  const map = new Map<string, IndexEntry>(rows);
  let bytes = 0;
  for (const entry of map.values()) bytes += entry.size;
  const remove = (key: string): boolean => {
    const entry = map.get(key);
    if (!entry) return false;
    bytes -= entry.size;
    return map.delete(key);
  };
  return {
    get entries() {
      return map.size;
    },
    get bytes() {
      return bytes;
    },
    get: (key) => map.get(key),
    upsert(key, entry) {
      remove(key);
      map.set(key, entry);
      bytes += entry.size;
    },
    touch(key, now) {
      const entry = map.get(key);
      if (!entry) return false;
      map.delete(key);
      map.set(key, { ...entry, lastAccess: now });
      return true;
    },
    remove,
    keys: () => [...map.keys()],
    expired: (now) =>
      [...map].filter(([, e]) => e.expiresAt !== null && e.expiresAt <= now).map(([key]) => key),
    overflow(maxSize, maxEntries, keep) {
      const victims: string[] = [];
      let [count, size] = [map.size, bytes];
      for (const [key, entry] of map) {
        if (size <= maxSize && count <= maxEntries) break;
        if (key === keep) continue;
        victims.push(key);
        count -= 1;
        size -= entry.size;
      }
      return victims;
    },
    serialise() {
      const list: Row[] = [...map].map(([key, e]) => [key, e.size, e.lastAccess, e.expiresAt]);
      return JSON.stringify({ v: 1, entries: list });
    },
  };
}

function isRow(value: unknown): value is Row {
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [key, size, lastAccess, expiresAt] = value as unknown[];
  return (
    typeof key === 'string' &&
    typeof size === 'number' &&
    typeof lastAccess === 'number' &&
    (expiresAt === null || typeof expiresAt === 'number')
  );
}

/** Rows of a serialised index, least recently used first; `undefined` when the text is not one. */
export function parseIndex(text: string): Array<[string, IndexEntry]> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const list = (parsed as { v?: unknown; entries?: unknown } | null)?.entries;
  if ((parsed as { v?: unknown } | null)?.v !== 1 || !Array.isArray(list) || !list.every(isRow))
    return undefined;
  return list.map(([key, size, lastAccess, expiresAt]) => [key, { size, lastAccess, expiresAt }]);
}
