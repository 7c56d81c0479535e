/** PRELOGIN option tokens (MS-TDS 2.2.6.5). */
const Option = { Version: 0x00, Encryption: 0x01, InstOpt: 0x02, ThreadId: 0x03, Mars: 0x04, Terminator: 0xff } as const;

/** The server cannot encrypt, so a client that asked for `encrypt: false` goes on in clear text. */
const ENCRYPT_NOT_SUP = 0x02;

/** Server version announced: 16.0.1000 (SQL Server 2022 RTM). */
const VERSION = Buffer.from([16, 0, 0x03, 0xe8, 0, 0]);

/**
 * The answer to any PRELOGIN: the client's options are not inspected, because with encryption
 * not supported a client either continues unencrypted or gives up by itself (EENCRYPT).
 */
export function preloginResponse(): Buffer {
  const options: [number, Buffer][] = [
    [Option.Version, VERSION],
    [Option.Encryption, Buffer.from([ENCRYPT_NOT_SUP])],
    [Option.InstOpt, Buffer.from([0])],
    [Option.ThreadId, Buffer.alloc(4)],
    [Option.Mars, Buffer.from([0])],
  ];
  const table = Buffer.alloc(options.length * 5 + 1);
  let dataOffset = table.length;
  options.forEach(([token, data], index) => {
    table.writeUInt8(token, index * 5);
    table.writeUInt16BE(dataOffset, index * 5 + 1);
    table.writeUInt16BE(data.length, index * 5 + 3);
    dataOffset += data.length;
  });
  table.writeUInt8(Option.Terminator, options.length * 5);
  return Buffer.concat([table, ...options.map(([, data]) => data)]);
}
