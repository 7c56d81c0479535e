import assert from 'node:assert/strict';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { isAbortedError } from '@n2f/resilience';
import { viewColumns } from '../lib/columns.js';
import { AGRESSO_QUERY_CHANNEL } from '../lib/query-channel.js';
import type { AgressoView, Source, SourceRecord } from '../lib/types.js';
import { CONTRACT_DATA, manyContractUsers, neutralRow, type ContractData } from './contract-data.js';

/** What an implementation provides to run the contract: a source serving exactly the given rows. */
export interface SourceContractHarness {
  /** Creates a source whose views hold `data` (in order); each case closes it. */
  create(data: ContractData): Promise<Source>;
}

/** One contract case; `run` throws (node:assert) when the source breaks the contract. */
export interface SourceContractCase {
  readonly name: string;
  run(harness: SourceContractHarness): Promise<void>;
}

/** Reads a whole view into an array. */
export async function collect<T>(records: AsyncIterable<SourceRecord<T>>): Promise<SourceRecord<T>[]> {
  const out: SourceRecord<T>[] = [];
  for await (const record of records) out.push(record);
  return out;
}

const read = (source: Source, view: AgressoView, signal?: AbortSignal): AsyncIterable<SourceRecord<object>> => {
  const options = signal ? { signal } : {};
  return view === 'users' ? source.readUsers(options) : source.readAnalytics(options);
};

async function withSource(harness: SourceContractHarness, data: ContractData, use: (s: Source) => Promise<void>): Promise<void> {
  const source = await harness.create(data);
  try {
    await use(source);
  } finally {
    await source.close();
  }
}

async function assertServes(source: Source, view: AgressoView, data: ContractData): Promise<void> {
  const records = await collect(read(source, view));
  assert.equal(records.length, data[view].length, `${view}: row count`);
  records.forEach((record, i) => {
    assert.equal(record.rowNumber, i + 1, `${view}: row numbers start at 1 and follow the order`);
    assert.ok(record.valid, `${view} row ${i + 1} should be valid: ${JSON.stringify(record)}`);
    assert.deepEqual(Object.keys(record.row).sort(), [...viewColumns(view)].sort(), `${view}: exactly the view columns`);
    assert.deepEqual(neutralRow(view, record.row as Readonly<Record<string, unknown>>), neutralRow(view, data[view][i] ?? {}), `${view} row ${i + 1}`);
  });
}

const empty: ContractData = { users: [], analytics: [] };

/** The contract every `Source` must keep, whatever stores the views. */
export const SOURCE_CONTRACT: readonly SourceContractCase[] = [
  {
    name: 'readUsers yields every user in order, numbered from 1, typed, NULLs kept and extra columns dropped',
    run: (h) => withSource(h, CONTRACT_DATA, (s) => assertServes(s, 'users', CONTRACT_DATA)),
  },
  {
    name: 'readAnalytics yields every analytics row with its validity dates',
    run: (h) => withSource(h, CONTRACT_DATA, (s) => assertServes(s, 'analytics', CONTRACT_DATA)),
  },
  {
    name: 'empty views yield zero rows, not an error',
    run: (h) =>
      withSource(h, empty, async (s) => {
        assert.equal((await collect(s.readUsers())).length, 0);
        assert.equal((await collect(s.readAnalytics())).length, 0);
      }),
  },
  {
    name: 'a few hundred rows stream in order',
    run: (h) => {
      const data = { users: manyContractUsers(300), analytics: [] };
      return withSource(h, data, (s) => assertServes(s, 'users', data));
    },
  },
  {
    name: 'a read stopped early leaves the source usable, and reads repeat',
    run: (h) =>
      withSource(h, CONTRACT_DATA, async (s) => {
        for await (const record of s.readUsers()) {
          assert.equal(record.rowNumber, 1);
          break;
        }
        await assertServes(s, 'users', CONTRACT_DATA);
        await assertServes(s, 'users', CONTRACT_DATA);
      }),
  },
  {
    name: 'an aborted signal stops a read with AbortedError',
    run: (h) => {
      const data = { users: manyContractUsers(300), analytics: [] };
      return withSource(h, data, async (s) => {
        await assert.rejects(collect(read(s, 'users', AbortSignal.abort())), isAbortedError);
        const controller = new AbortController();
        let seen = 0;
        const reading = (async () => {
          for await (const _record of read(s, 'users', controller.signal)) if (++seen === 2) controller.abort();
        })();
        await assert.rejects(reading, isAbortedError);
        assert.equal(seen, 2, 'no record after the abort');
        await assertServes(s, 'users', data);
      });
    },
  },
  {
    name: 'check() resolves on a healthy source and close() may be called twice',
    run: async (h) => {
      const source = await h.create(CONTRACT_DATA);
      await source.check();
      await source.close();
      await source.close();
    },
  },
  {
    name: 'each read is published on agresso:query with its counts',
    run: (h) =>
      withSource(h, CONTRACT_DATA, async (s) => {
        const messages: unknown[] = [];
        const listener = (message: unknown): void => void messages.push(message);
        subscribe(AGRESSO_QUERY_CHANNEL, listener);
        try {
          await collect(s.readUsers());
          await collect(s.readAnalytics());
        } finally {
          unsubscribe(AGRESSO_QUERY_CHANNEL, listener);
        }
        const expected = (name: AgressoView, rows: number): object => ({ name, source: s.kind, rows, invalidRows: 0, outcome: 'ok' });
        assert.equal(messages.length, 2);
        assert.partialDeepStrictEqual(messages[0], expected('users', CONTRACT_DATA.users.length));
        assert.partialDeepStrictEqual(messages[1], expected('analytics', CONTRACT_DATA.analytics.length));
      }),
  },
];
