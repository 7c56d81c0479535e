import { describe, expect, it } from 'vitest';
import { optionsFromUrl, valuesQuery } from '../../test/sql-values.js';

describe('opt-in real-server helpers', () => {
  it('builds a VALUES query with typed, escaped literals, and an empty typed result', () => {
    const rows = [{ a: "O'Brien", b: true, c: 12.5, d: new Date('2024-01-02T00:00:00Z'), e: null }];
    expect(valuesQuery('users', rows)).toBe(
      "SELECT [a], [b], [c], [d], [e] FROM (VALUES\n(N'O''Brien', CAST(1 AS bit), CAST(12.5 AS decimal(9, 2)), CAST('2024-01-02' AS date), NULL)\n) AS v([a], [b], [c], [d], [e]);",
    );
    expect(valuesQuery('analytics', [])).toMatch(/^SELECT CAST\(NULL AS nvarchar\(200\)\) AS \[typ\], .* WHERE 1 = 0;$/);
  });

  it('reads connection options from AGRESSO_TEST_MSSQL_URL', () => {
    expect(optionsFromUrl('mssql://sa:P%40ss@db.example:14330/AgrTest?encrypt=false')).toEqual({
      server: 'db.example', port: 14_330, database: 'AgrTest', user: 'sa', password: 'P@ss', encrypt: false, trustServerCertificate: false,
    });
  });
});
