import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSourceError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { VIEW_NAMES, viewColumns } from './columns.js';
import { loadSql, shippedSqlFile } from './sql-files.js';

describe('shipped SQL files', () => {
  it.each([
    ['users', 'production'],
    ['users', 'development'],
    ['analytics', 'production'],
    ['analytics', 'development'],
  ] as const)('%s.%s selects every view column from the unqualified view', async (view, variant) => {
    const sql = await loadSql(view, shippedSqlFile(view, variant));
    expect(sql).toMatch(/^(SELECT|WITH)\b/);
    const finalSelect = sql.slice(Math.max(0, sql.lastIndexOf('\nSELECT')));
    for (const column of viewColumns(view)) expect(finalSelect).toMatch(new RegExp(`\\b${column}\\b`));
    expect(sql).toContain(`FROM ${VIEW_NAMES[view]}`);
    expect(sql).not.toMatch(/AgrProd|AgrDev|\.dbo\./i);
  });

  it('narrows the development variants, and leaves production unfiltered', async () => {
    expect(await loadSql('users', shippedSqlFile('users', 'production'))).not.toMatch(/WHERE|TOP/);
    expect(await loadSql('users', shippedSqlFile('users', 'development'))).toMatch(/TOP \(25\)/);
    expect(await loadSql('analytics', shippedSqlFile('analytics', 'development'))).toMatch(/rank_in_typ <= 10/);
  });

  it('reports a missing or empty SQL file as a SourceError naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'agresso-sql-'));
    try {
      await expect(loadSql('users', join(dir, 'nope.sql'))).rejects.toThrow(/nope\.sql.*sqlFiles\.users/);
      await writeFile(join(dir, 'empty.sql'), '-- only a comment\n');
      await expect(loadSql('users', join(dir, 'empty.sql'))).rejects.toSatisfy(isSourceError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
