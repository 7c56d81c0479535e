import { describe, expect, it } from 'vitest';
import type { Fixture } from './index.js';
import { TEST_USER, useHarness } from '../test/harness.js';

const fixtures: Fixture = {
  tables: {
    'dbo.iris_N2F_Analytics': {
      columns: [
        { name: 'id', type: 'int', nullable: false },
        { name: 'label', type: 'nvarchar', length: 50 },
        { name: 'active', type: 'bit' },
        { name: 'booked_on', type: 'date' },
      ],
      rows: [
        [1, 'Frais de déplacement', true, '2024-03-01'],
        { id: 2, label: null, active: null, booked_on: null },
      ],
    },
  },
};

describe('startTdsServer with mssql', () => {
  const harness = useHarness();

  it('logs in and answers a three-part name from the fixture', async () => {
    const pool = await harness.connect(await harness.server({ fixtures }));
    const result = await pool.request().query('SELECT * FROM [AgrProd].[dbo].[iris_N2F_Analytics]');
    expect(result.recordset).toEqual([
      { id: 1, label: 'Frais de déplacement', active: true, booked_on: new Date('2024-03-01T00:00:00Z') },
      { id: 2, label: null, active: null, booked_on: null },
    ]);
  });

  it('answers error 208 for an unknown object', async () => {
    const pool = await harness.connect(await harness.server({ fixtures }));
    await expect(pool.request().batch('select x from dbo.nope')).rejects.toMatchObject({ number: 208, message: "Invalid object name 'dbo.nope'." });
  });

  it('refuses a wrong password with error 18456', async () => {
    const server = await harness.server({ fixtures });
    await expect(harness.connect(server, { password: 'wrong' })).rejects.toMatchObject({
      code: 'ELOGIN',
      message: `Login failed for user '${TEST_USER.user}'.`,
    });
  });
});
