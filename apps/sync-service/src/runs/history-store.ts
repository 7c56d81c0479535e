import type { Cache, Json } from '@n2f/cache';
import * as v from 'valibot';
import type { RunRecord } from './run-record.js';

/** The run history, on a persistent cache: it survives restarts. */
export interface HistoryStore {
  save(record: RunRecord): Promise<void>;
  get(id: string): Promise<RunRecord | undefined>;
  /** The newest records first, at most `limit`. */
  list(limit: number): Promise<RunRecord[]>;
  /** Marks records left `running` by a service that died as `interrupted`; returns how many. */
  recoverInterrupted(): Promise<number>;
}

/** Options of {@link createHistoryStore}. */
export interface HistoryStoreOptions {
  /** Most runs kept; the oldest are deleted past it. @default 200 */
  readonly maxRuns?: number;
  /** Hears about an unreadable record (skipped). @default ignore */
  readonly onWarning?: (message: string) => void;
}

const PREFIX = 'run:';

// The history is read back from disk: check the shape the service relies on, keep the rest as stored.
const recordSchema = v.looseObject({
  id: v.string(),
  trigger: v.picklist(['api', 'schedule']),
  status: v.picklist(['running', 'finished', 'interrupted']),
  startedAt: v.string(),
  request: v.looseObject({ actions: v.array(v.string()), dryRun: v.boolean() }),
  quota: v.array(v.looseObject({ at: v.string() })),
  report: v.optional(
    v.looseObject({
      runId: v.string(),
      outcome: v.string(),
      scopes: v.array(v.looseObject({ scope: v.string(), counts: v.looseObject({}) })),
      totals: v.looseObject({}),
    }),
  ),
});

/**
 * A history over `cache` (give it an fs driver and its own namespace). Run ids sort by time, so
 * key order is age order.
 * @example const history = createHistoryStore(createCache({ driver: { type: 'fs', dir }, namespace: 'run-history' }));
 */
export function createHistoryStore(cache: Cache, options: HistoryStoreOptions = {}): HistoryStore {
  const maxRuns = options.maxRuns ?? 200;
  const warn = options.onWarning ?? ((): void => undefined);
  const read = async (key: string): Promise<RunRecord | undefined> => {
    const raw = await cache.get(key);
    if (raw === undefined) return undefined;
    const parsed = v.safeParse(recordSchema, raw);
    if (parsed.success) return parsed.output as unknown as RunRecord;
    warn(`run history entry ${key} is unreadable and was skipped`);
    return undefined;
  };
  const ids = async (): Promise<string[]> => (await cache.keys(`${PREFIX}*`)).sort();
  const store: HistoryStore = {
    async save(record) {
      await cache.set(`${PREFIX}${record.id}`, JSON.parse(JSON.stringify(record)) as Json);
      const keys = await ids();
      for (const key of keys.slice(0, Math.max(0, keys.length - maxRuns))) await cache.delete(key);
    },
    get: (id) => read(`${PREFIX}${id}`),
    async list(limit) {
      const keys = (await ids()).reverse().slice(0, limit);
      const records = await Promise.all(keys.map(read));
      return records.filter((record) => record !== undefined);
    },
    async recoverInterrupted() {
      const stale = (await store.list(maxRuns)).filter((record) => record.status === 'running');
      for (const record of stale) await store.save({ ...record, status: 'interrupted' });
      return stale.length;
    },
  };
  return store;
}
