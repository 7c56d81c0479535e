import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCache, type Cache, type CacheOptions } from '@n2f/cache';
import { median, type Bench, type Figure } from '../lib/harness.js';

const ENTRIES = 1_000;
const READS = 5_000;
const ROUNDS = 3;
// About what one company's reference list weighs: 1 KB of JSON.
const VALUE = {
  items: Array.from({ length: 10 }, (_, i) => ({ uuid: `uuid-${i}`, name: 'x'.repeat(60) })),
};

async function opsPerSecond(count: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) await work(i);
  return count / ((performance.now() - started) / 1000);
}

async function measure(label: string, options: CacheOptions): Promise<Figure[]> {
  const sets: number[] = [];
  const hits: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const cache: Cache = createCache({ ...options, namespace: `round${round}` });
    sets.push(await opsPerSecond(ENTRIES, (i) => cache.set(`ref:${i}`, VALUE)));
    hits.push(await opsPerSecond(READS, (i) => cache.get(`ref:${i % ENTRIES}`)));
    await cache.dispose();
  }
  return [
    { name: `${label}: set (1 KB value)`, value: median(sets), unit: 'ops/s' },
    { name: `${label}: get, hit`, value: median(hits), unit: 'ops/s' },
  ];
}

async function reopenMs(dir: string): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const cache = createCache({ driver: { type: 'fs', dir }, namespace: 'round0' });
    await cache.stats();
    times.push(performance.now() - started);
    await cache.dispose();
  }
  return median(times);
}

/** Cache throughput on the memory and fs drivers, with and without encryption, and reopen time. */
export const bench: Bench = {
  name: 'cache',
  description: `@n2f/cache: ${ENTRIES} entries of 1 KB, ${READS} reads, median of ${ROUNDS} rounds`,
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'n2f-bench-cache-'));
    try {
      const key = new Uint8Array(32).fill(1);
      return [
        ...(await measure('memory', { driver: 'memory' })),
        ...(await measure('fs', { driver: { type: 'fs', dir: join(dir, 'plain') } })),
        ...(await measure('fs + AES-256-GCM', {
          driver: { type: 'fs', dir: join(dir, 'enc') },
          encryptionKey: key,
        })),
        {
          name: `fs: open with ${ENTRIES} entries (index load)`,
          value: await reopenMs(join(dir, 'plain')),
          unit: 'ms',
        },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
