import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { Connection } from 'tedious';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLogin7 } from './login7.js';
import { MessageAssembler, PacketType, type TdsMessage } from './packet.js';
import { sendMessage } from './packet-stream.js';
import { preloginResponse } from './prelogin.js';

/** A bare server that answers PRELOGIN and hands over the LOGIN7 message tedious sends next. */
async function captureLogin7(): Promise<{ server: Server; port: number; login: Promise<TdsMessage> }> {
  let deliver: (message: TdsMessage) => void = () => undefined;
  const login = new Promise<TdsMessage>((resolve) => (deliver = resolve));
  const server = createServer((socket) => {
    const assembler = new MessageAssembler();
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      for (const message of assembler.push(chunk)) {
        if (message.type === PacketType.Prelogin) void sendMessage(socket, PacketType.TabularResult, 4096, preloginResponse());
        else deliver(message);
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port, login };
}

describe('parseLogin7 on what tedious sends', () => {
  let server: Server | undefined;
  let connection: Connection | undefined;

  afterEach(() => {
    connection?.close();
    server?.close();
  });

  it('reads the TDS version, packet size, user, database and unscrambled password', async () => {
    const captured = await captureLogin7();
    server = captured.server;
    connection = new Connection({
      server: '127.0.0.1',
      authentication: { type: 'default', options: { userName: 'lecteur_n2f', password: 'Pässwörd-€1' } },
      options: { port: captured.port, encrypt: false, database: 'AgrProd', packetSize: 16_384, connectTimeout: 5000 },
    });
    connection.on('connect', () => undefined);
    connection.connect();
    const message = await captured.login;
    expect(message.type).toBe(PacketType.Login7);
    expect(parseLogin7(message.payload)).toEqual({
      tdsVersion: 0x74000004,
      packetSize: 16_384,
      userName: 'lecteur_n2f',
      password: 'Pässwörd-€1',
      database: 'AgrProd',
    });
  });
});
