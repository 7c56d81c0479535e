import { Connection, Request } from 'tedious';
import { afterEach, describe, expect, it } from 'vitest';
import { startTdsServer, type TdsServer } from './index.js';
import { TEST_USER } from '../test/harness.js';

const endless = {
  columns: [{ name: 'n', type: 'int' }],
  rows: function* () {
    for (let n = 0; ; n++) yield [n];
  },
} as const;

/** A connected tedious connection to the test server. */
async function connect(server: TdsServer, onDatabase: (name: string) => void = () => undefined): Promise<Connection> {
  const connection = new Connection({
    server: server.host,
    authentication: { type: 'default', options: { userName: TEST_USER.user, password: TEST_USER.password } },
    options: { port: server.port, encrypt: false, database: 'AgrProd', packetSize: 8192 },
  });
  connection.on('databaseChange', onDatabase);
  await new Promise<void>((resolve, reject) => {
    connection.connect((error) => (error === undefined ? resolve() : reject(error)));
  });
  return connection;
}

/** Run SQL; resolves with the rows' first cells, rejects with the request error. */
function exec(connection: Connection, text: string, onRow: (request: Request) => void = () => undefined): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const values: unknown[] = [];
    const request = new Request(text, (error) => (error ? reject(error) : resolve(values)));
    request.on('row', (columns: { value: unknown }[]) => {
      values.push(columns[0]?.value);
      onRow(request);
    });
    connection.execSql(request);
  });
}

describe('startTdsServer with tedious directly', () => {
  let server: TdsServer | undefined;
  let connection: Connection | undefined;

  afterEach(async () => {
    connection?.close();
    await server?.close();
  });

  it('negotiates TDS 7.4, the database and the packet size, and records the login without its password', async () => {
    server = await startTdsServer({ users: { [TEST_USER.user]: TEST_USER.password } });
    const databases: string[] = [];
    connection = await connect(server, (name) => databases.push(name));
    expect(connection.config.options.tdsVersion).toBe('7_4');
    expect(databases).toEqual(['AgrProd']);
    expect(server.requests[0]).toEqual({ kind: 'login', user: TEST_USER.user, database: 'AgrProd' });
    expect(JSON.stringify(server.requests)).not.toContain(TEST_USER.password);
  });

  it('answers ATTENTION with a DONE carrying the attention flag, which tedious reports as ECANCEL', async () => {
    server = await startTdsServer({ users: { [TEST_USER.user]: TEST_USER.password }, fixtures: { tables: { endless } } });
    connection = await connect(server);
    const open = connection;
    await expect(exec(open, 'select n from endless', () => open.cancel())).rejects.toMatchObject({ code: 'ECANCEL' });
    expect(server.requests.at(-1)).toEqual({ kind: 'attention' });
    await expect(exec(open, 'select n from missing')).rejects.toMatchObject({ number: 208 });
  });
});
