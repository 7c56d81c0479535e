import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileSource, createMssqlSource, USER_COLUMNS, type Source } from '@n2f/agresso-source';
import { formatCsv, syntheticUsers } from '@n2f/agresso-source/testing';
import { startTdsServer, type ColumnDef } from '@n2f/tds-test-server';
import { median, withPeakMemory, type Bench, type Figure } from '../lib/harness.js';

const ROWS = 100_000;
const ROUNDS = 3;
const LOGIN = { user: 'bench', password: 'bench-password' };
const COLUMNS = Object.keys(USER_COLUMNS);

/** Reads every user once without keeping them; returns rows/s and the peak heap above the start. */
async function measure(label: string, open: () => Source): Promise<Figure[]> {
  const rates: number[] = [];
  const heaps: number[] = [];
  const rss: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const source = open();
    const heapBefore = process.memoryUsage().heapUsed / 2 ** 20;
    const started = performance.now();
    const { result: rows, peakHeapMb, peakRssMb } = await withPeakMemory(async () => {
      let count = 0;
      for await (const record of source.readUsers()) if (record.valid) count += 1;
      return count;
    });
    const seconds = (performance.now() - started) / 1000;
    await source.close();
    if (rows !== ROWS) throw new Error(`${label}: read ${rows} valid rows, expected ${ROWS}`);
    rates.push(rows / seconds);
    heaps.push(peakHeapMb - heapBefore);
    rss.push(peakRssMb);
  }
  return [
    { name: `${label}: users streamed`, value: Math.round(median(rates)), unit: 'rows/s' },
    { name: `${label}: peak heap above start`, value: median(heaps), unit: 'MB' },
    { name: `${label}: peak RSS`, value: median(rss), unit: 'MB' },
  ];
}

async function writeUsersCsv(path: string): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  out.write(`${COLUMNS.join(',')}\r\n`);
  let batch = [];
  for (const row of syntheticUsers(ROWS)) {
    batch.push(row);
    if (batch.length === 1_000) {
      // formatCsv writes a header first; drop it from each batch.
      if (!out.write(formatCsv(batch, COLUMNS).replace(/^[^\n]*\n/, ''))) await once(out, 'drain');
      batch = [];
    }
  }
  out.end();
  await once(out, 'finish');
}

/** Streams 100k users from the TDS test server (mssql/tedious over TCP) and from a CSV file. */
export const bench: Bench = {
  name: 'agresso-source',
  description: `@n2f/agresso-source: ${ROWS} user rows (29 columns), median of ${ROUNDS} rounds, rows consumed and dropped`,
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'n2f-bench-agresso-'));
    const columns = COLUMNS.map((name): ColumnDef => (name === 'Distance_TravDom' ? { name, type: 'int' } : { name, type: 'nvarchar', length: 200 }));
    const server = await startTdsServer({ users: { [LOGIN.user]: LOGIN.password }, fixtures: { tables: { iris_N2F_User: { columns, rows: () => syntheticUsers(ROWS) } } } });
    try {
      const users = join(dir, 'users.csv');
      await writeUsersCsv(users);
      const tds = await measure('mssql (TDS test server)', () =>
        createMssqlSource({ server: server.host, port: server.port, database: 'AgrBench', ...LOGIN, encrypt: false }),
      );
      const csv = await measure('CSV file', () => createFileSource({ users, analytics: users }));
      return [...tds, ...csv];
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
