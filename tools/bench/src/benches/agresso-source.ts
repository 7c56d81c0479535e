import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileSource, createMssqlSource, USER_COLUMNS, type FileEncoding, type Source } from '@n2f/agresso-source';
import { formatCsv, syntheticUsers } from '@n2f/agresso-source/testing';
import { startTdsServer, type ColumnDef } from '@n2f/tds-test-server';
import { parse } from 'csv-parse';
import { median, withPeakMemory, type Bench, type Figure } from '../lib/harness.js';

const ROWS = 100_000;
/** The target for the file source, per encoding, on the CI machine. */
const FILE_TARGET = { op: '>=', value: 100_000 } as const;
const ROUNDS = 3;
const LOGIN = { user: 'bench', password: 'bench-password' };
const COLUMNS = Object.keys(USER_COLUMNS);

/**
 * Reads every user once without keeping them; returns rows/s (wall clock, against `target` when
 * given), rows per CPU second (what the process itself spent, steady on a shared machine) and memory.
 */
async function measure(label: string, open: () => Source, target?: Figure['target']): Promise<Figure[]> {
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const heaps: number[] = [];
  const rss: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const source = open();
    const heapBefore = process.memoryUsage().heapUsed / 2 ** 20;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { result: rows, peakHeapMb, peakRssMb } = await withPeakMemory(async () => {
      let count = 0;
      for await (const record of source.readUsers()) if (record.valid) count += 1;
      return count;
    });
    const seconds = (performance.now() - started) / 1000;
    const spent = process.cpuUsage(cpu);
    await source.close();
    if (rows !== ROWS) throw new Error(`${label}: read ${rows} valid rows, expected ${ROWS}`);
    rates.push(rows / seconds);
    cpuRates.push(rows / ((spent.user + spent.system) / 1e6));
    heaps.push(peakHeapMb - heapBefore);
    rss.push(peakRssMb);
  }
  return [
    { name: `${label}: users streamed`, value: Math.round(median(rates)), unit: 'rows/s', ...(target ? { target } : {}) },
    { name: `${label}: users per CPU second`, value: Math.round(median(cpuRates)), unit: 'rows/s' },
    { name: `${label}: peak heap above start`, value: median(heaps), unit: 'MB' },
    { name: `${label}: peak RSS`, value: median(rss), unit: 'MB' },
  ];
}

/**
 * The same CSV through csv-parse alone (the `""`-is-text cast on, no decoding check, no typing):
 * the figure that kept the in-house parser (see the agresso-source README).
 */
async function measureCsvParse(path: string): Promise<Figure> {
  const cpuRates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const cpu = process.cpuUsage();
    const parser = createReadStream(path).pipe(parse({ relax_column_count: true, cast: (value, context) => (context.quoting || value !== '' ? value : null) }));
    let records = 0;
    for await (const _record of parser) records += 1;
    const spent = process.cpuUsage(cpu);
    cpuRates.push((records - 1) / ((spent.user + spent.system) / 1e6));
  }
  return { name: 'csv-parse 7 alone (parse only): users per CPU second', value: Math.round(median(cpuRates)), unit: 'rows/s' };
}

async function writeUsersCsv(path: string, encoding: BufferEncoding): Promise<void> {
  const out = createWriteStream(path, encoding);
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
  description: `@n2f/agresso-source: ${ROWS} user rows (29 columns), median of ${ROUNDS} rounds, rows consumed and dropped; file target >= ${FILE_TARGET.value} rows/s per encoding (issue 16)`,
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'n2f-bench-agresso-'));
    const columns = COLUMNS.map((name): ColumnDef => (name === 'Distance_TravDom' ? { name, type: 'int' } : { name, type: 'nvarchar', length: 200 }));
    const server = await startTdsServer({ users: { [LOGIN.user]: LOGIN.password }, fixtures: { tables: { iris_N2F_User: { columns, rows: () => syntheticUsers(ROWS) } } } });
    try {
      const tds = await measure('mssql (TDS test server)', () =>
        createMssqlSource({ server: server.host, port: server.port, database: 'AgrBench', ...LOGIN, encrypt: false }),
      );
      const csv: Figure[] = [];
      // The synthetic names hold only latin-1 accents, so Node's latin1 writer gives the windows-1252 bytes.
      for (const [label, encoding, written] of [['CSV file, UTF-8', 'utf-8', 'utf8'], ['CSV file, windows-1252', 'windows-1252', 'latin1']] as const) {
        const users = join(dir, `users-${encoding}.csv`);
        await writeUsersCsv(users, written);
        csv.push(...(await measure(label, () => createFileSource({ users, analytics: users, encoding: encoding satisfies FileEncoding }), FILE_TARGET)));
      }
      return [...tds, ...csv, await measureCsvParse(join(dir, 'users-utf-8.csv'))];
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
