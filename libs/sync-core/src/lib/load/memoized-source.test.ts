import type {
  AgressoAnalyticsRow,
  AgressoUserRow,
  Source,
  SourceRecord,
} from '@n2f/agresso-source';
import { describe, expect, it } from 'vitest';
import { memoizeSource } from './memoized-source.js';

function countingSource(): { source: Source; reads: { users: number; analytics: number } } {
  const reads = { users: 0, analytics: 0 };
  async function* rows<T>(row: T): AsyncIterable<SourceRecord<T>> {
    yield { valid: true, rowNumber: 1, row };
  }
  const source: Source = {
    kind: 'file',
    readUsers: () => (reads.users++, rows({ AdresseEmail: 'a@x.example' } as AgressoUserRow)),
    readAnalytics: () => (
      reads.analytics++,
      rows({ typ: 'PROJECT', code: 'P1' } as AgressoAnalyticsRow)
    ),
    check: async () => undefined,
    close: async () => undefined,
  };
  return { source, reads };
}

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('memoizeSource', () => {
  it('queries the analytics view once for every axe scope, and replays the same rows', async () => {
    const { source, reads } = countingSource();
    const memo = memoizeSource(source);
    const first = await all(memo.readAnalytics());
    const second = await all(memo.readAnalytics());
    expect(reads.analytics).toBe(1);
    expect(second).toEqual(first);
  });

  it('streams the users view through without keeping it', async () => {
    const { source, reads } = countingSource();
    const memo = memoizeSource(source);
    await all(memo.readUsers());
    await all(memo.readUsers());
    expect(reads.users).toBe(2);
  });
});
