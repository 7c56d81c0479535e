import { isValidationError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { collectPages, iteratePages, type PagedSource } from './paging.js';

/** An in-memory list served page by page, recording the `start` of each request. */
function source(keys: readonly string[], shift = 0): PagedSource<string> & { starts: number[] } {
  const starts: number[] = [];
  return {
    endpoint: 'GET /things',
    starts,
    keyOf: (item) => item,
    fetchPage: (start, limit) => {
      starts.push(start);
      const from = start === 0 ? 0 : start - shift;
      return Promise.resolve(keys.slice(from, from + limit));
    },
  };
}

const keys = (n: number): string[] => Array.from({ length: n }, (_, i) => `k${i}`);

describe('paging', () => {
  it.each([
    [0, [0]],
    [199, [0]],
    [200, [0, 200]],
    [201, [0, 200]],
    [1000, [0, 200, 400, 600, 800, 1000]],
  ])('reads %i items with starts %j', async (n, starts) => {
    const list = source(keys(n));
    const result = await collectPages(list);
    expect(result.items).toEqual(keys(n));
    expect(list.starts).toEqual(starts);
    expect(result.pages).toBe(starts.length);
  });

  it('reports and drops a key seen twice', async () => {
    // Pages overlap by 3: the second page repeats the last three keys of the first.
    const seen: string[] = [];
    const result = await collectPages(source(keys(300), 3), {
      onDuplicate: (d) => seen.push(d.key),
    });
    expect(result.items).toHaveLength(300);
    expect(result.duplicates).toEqual([
      { endpoint: 'GET /things', key: 'k197', start: 200 },
      { endpoint: 'GET /things', key: 'k198', start: 200 },
      { endpoint: 'GET /things', key: 'k199', start: 200 },
    ]);
    expect(seen).toEqual(['k197', 'k198', 'k199']);
  });

  it('stops with an error when the server ignores start', async () => {
    const stuck: PagedSource<string> = {
      endpoint: 'GET /things',
      keyOf: (item) => item,
      fetchPage: () => Promise.resolve(keys(200)),
    };
    const error = await collectPages(stuck).catch((caught: unknown) => caught);
    expect(isValidationError(error) && error.code).toBe('RESPONSE_INVALID');
  });

  it('is lazy: nothing is read before iteration', async () => {
    const list = source(keys(450));
    const iterator = iteratePages(list);
    expect(list.starts).toEqual([]);
    await iterator.next();
    expect(list.starts).toEqual([0]);
    await iterator.return();
  });
});
