import type { Cache, Json } from '@n2f/cache';
import type { N2fClient } from '@n2f/n2f-client';
import * as v from 'valibot';
import { loadReferences } from './load-references.js';
import type { ReferenceData } from '../references/reference-data.js';

const REFERENCE_KEY = 'references';

const labelled = v.object({
  uuid: v.string(),
  names: v.array(v.object({ culture: v.string(), value: v.string() })),
});
const referenceSchema = v.object({
  companies: v.array(
    v.object({ uuid: v.string(), code: v.string(), name: v.exactOptional(v.nullable(v.string())) }),
  ),
  roles: v.array(labelled),
  profiles: v.array(labelled),
  customAxes: v.record(v.string(), v.array(labelled)),
});

/**
 * Loads the reference data once per run: from the cache while fresh (checked against its schema,
 * since the cache is a file an operator may have touched), else from N2F, then cached.
 */
export function createReferenceLoader(
  client: N2fClient,
  cache: Cache | undefined,
  ttlMs: number,
  signal: AbortSignal | undefined,
): () => Promise<ReferenceData> {
  let pending: Promise<ReferenceData> | undefined;
  const load = (): Promise<ReferenceData> => loadReferences(client, signal);
  return () => (pending ??= cache ? cached(cache, ttlMs, load, signal) : load());
}

async function cached(
  cache: Cache,
  ttl: number,
  load: () => Promise<ReferenceData>,
  signal: AbortSignal | undefined,
): Promise<ReferenceData> {
  const hit = v.safeParse(
    referenceSchema,
    await cache.get(REFERENCE_KEY, signal ? { signal } : {}),
  );
  if (hit.success) return hit.output;
  const fresh = await load();
  await cache.set(REFERENCE_KEY, fresh as unknown as Json, { ttl, ...(signal ? { signal } : {}) });
  return fresh;
}
