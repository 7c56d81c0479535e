import { createCipher, newSalt, stretchPassphrase, type Cipher } from './encryption.js';
import type { EntryStore } from './entry-store.js';
import { readEntryMeta } from './envelope.js';
import { createLruIndex, parseIndex, type IndexEntry, type LruIndex } from './lru-index.js';
import type { CacheWarning } from './types.js';

/** What a cache needs once its storage is open: the recency index and the cipher, if any. */
export interface CacheState {
  readonly index: LruIndex;
  readonly cipher: Cipher | undefined;
}

type Warn = (code: CacheWarning['code'], message: string) => void;

function parseSalt(text: string): Buffer | undefined {
  try {
    const salt = Buffer.from((JSON.parse(text) as { salt?: unknown }).salt as string, 'base64');
    return salt.length >= 16 ? salt : undefined;
  } catch {
    return undefined;
  }
}

async function readSalt(store: EntryStore, warn: Warn): Promise<Buffer> {
  const text = await store.readMeta('salt');
  const stored = text === undefined ? undefined : parseSalt(text);
  if (stored) return stored;
  if (text !== undefined)
    warn(
      'corrupt',
      'the stored salt is unreadable; a new one is used and older entries become unreadable',
    );
  const salt = newSalt();
  await store.writeMeta('salt', JSON.stringify({ v: 1, salt: salt.toString('base64') }));
  return salt;
}

async function openCipher(
  store: EntryStore,
  key: string | Uint8Array,
  warn: Warn,
): Promise<Cipher> {
  if (typeof key !== 'string') return createCipher(key);
  return createCipher(await stretchPassphrase(key, await readSalt(store, warn)));
}

async function describe(store: EntryStore, key: string): Promise<[string, IndexEntry]> {
  const text = (await store.readEntry(key)) ?? '';
  const meta = readEntryMeta(text);
  // An unreadable entry gets the oldest recency, so it is the first to go when space is short.
  return [
    key,
    {
      size: Buffer.byteLength(text),
      lastAccess: meta?.storedAt ?? 0,
      expiresAt: meta?.expiresAt ?? null,
    },
  ];
}

// The saved index gives recency; entries it does not list (index lost, crash before a save)
// are described from their own meta and ranked by age, before the listed ones.
async function loadIndex(store: EntryStore, warn: Warn): Promise<LruIndex> {
  const text = await store.readMeta('index');
  let rows = text === undefined ? [] : parseIndex(text);
  if (rows === undefined) {
    warn('index', 'the recency index is unreadable; it was rebuilt from the entries');
    rows = [];
  }
  const stored = new Set(await store.entryKeys());
  const known = rows.filter(([key]) => stored.has(key));
  const listed = new Set(known.map(([key]) => key));
  const unknown = await Promise.all(
    [...stored].filter((key) => !listed.has(key)).map((key) => describe(store, key)),
  );
  unknown.sort((a, b) => a[1].lastAccess - b[1].lastAccess);
  return createLruIndex([...unknown, ...known]);
}

/** Opens the cipher (deriving a passphrase key once) and loads the index of a persistent store. */
export async function loadState(
  store: EntryStore,
  encryptionKey: string | Uint8Array | undefined,
  warn: Warn,
): Promise<CacheState> {
  const cipher =
    encryptionKey === undefined ? undefined : await openCipher(store, encryptionKey, warn);
  const index = store.persistent ? await loadIndex(store, warn) : createLruIndex();
  return { index, cipher };
}
