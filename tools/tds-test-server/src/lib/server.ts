import { createServer, type AddressInfo, type Socket } from 'node:net';
import { resolveFaults, resolveTdsServerOptions } from './options.js';
import { Session } from './session.js';
import type { ReceivedRequest, TdsServer, TdsServerOptions } from './types.js';

const HOST = '127.0.0.1';

/**
 * Start a TDS 7.4 server on 127.0.0.1 that answers queries from fixtures.
 * @example
 * const server = await startTdsServer({ users: { sa: 'secret' }, fixtures: { tables: { 'dbo.t': table } } });
 * // connect mssql to 127.0.0.1:server.port with encrypt: false, then: await server.close();
 */
export async function startTdsServer(options: TdsServerOptions): Promise<TdsServer> {
  const resolved = resolveTdsServerOptions(options);
  let faults = resolved.faults;
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const context = { users: resolved.users, resolver: resolved.resolver, faults: () => faults, record: (request: ReceivedRequest) => void requests.push(request) };
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    new Session(socket, context);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, HOST, () => resolve());
  });
  return {
    host: HOST,
    port: (server.address() as AddressInfo).port,
    requests,
    setFaults: (next) => void (faults = resolveFaults(next)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
