import { createStorage, prefixStorage, type Driver, type Storage } from 'unstorage';
import memoryDriver from 'unstorage/drivers/memory';
import { decodeKey, encodeKey } from './key-codec.js';
import { ownerOnlyFsDriver } from './owner-only-fs-driver.js';
import type { CacheDriverOption, FsDriverOption } from './types.js';

/** The raw storage of one namespace: entry texts under `entries:`, plus the index and the salt. */
export interface EntryStore {
  /** Whether the data outlives the process, so the recency index is worth saving. */
  readonly persistent: boolean;
  readEntry(key: string): Promise<string | undefined>;
  writeEntry(key: string, text: string): Promise<void>;
  removeEntry(key: string): Promise<void>;
  /** Keys of the stored entries (decoded; names the cache did not write are skipped). */
  entryKeys(): Promise<string[]>;
  readMeta(name: 'index' | 'salt'): Promise<string | undefined>;
  writeMeta(name: 'index' | 'salt', text: string): Promise<void>;
  /** Releases a driver the cache created; a driver passed in is left to its owner. */
  dispose(): Promise<void>;
}

const ENTRIES = 'entries';

function toText(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') return raw;
  if (raw instanceof Uint8Array)
    return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  return String(raw);
}

const isFsOption = (option: CacheDriverOption): option is FsDriverOption =>
  option !== 'memory' && 'type' in option && option.type === 'fs';

function driverFor(option: CacheDriverOption): Driver {
  if (option === 'memory') return memoryDriver();
  return isFsOption(option) ? ownerOnlyFsDriver(option.dir) : (option as Driver);
}

/** Opens the storage of `namespace` on the chosen driver. */
export function openEntryStore(option: CacheDriverOption, namespace: string): EntryStore {
  const root = createStorage({ driver: driverFor(option) });
  const storage: Storage = prefixStorage(root, namespace);
  const read = async (key: string): Promise<string | undefined> =>
    toText(await storage.getItemRaw(key));
  const entry = (key: string): string => `${ENTRIES}:${encodeKey(key)}`;
  return {
    persistent: option !== 'memory',
    readEntry: (key) => read(entry(key)),
    writeEntry: (key, text) => storage.setItemRaw(entry(key), text),
    removeEntry: (key) => storage.removeItem(entry(key)),
    async entryKeys() {
      const stored = await storage.getKeys(ENTRIES);
      return stored.flatMap((name) => decodeKey(name.slice(ENTRIES.length + 1)) ?? []);
    },
    readMeta: (name) => read(name),
    writeMeta: (name, text) => storage.setItemRaw(name, text),
    async dispose() {
      if (option === 'memory' || isFsOption(option)) await root.dispose();
    },
  };
}
