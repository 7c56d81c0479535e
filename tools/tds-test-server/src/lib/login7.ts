/** What the server needs from a LOGIN7 message (MS-TDS 2.2.6.4). */
export interface Login7 {
  readonly tdsVersion: number;
  readonly packetSize: number;
  readonly userName: string;
  readonly password: string;
  readonly database: string;
}

/** Offsets of the (offset, length) pairs in LOGIN7's fixed part. */
const Field = { UserName: 40, Password: 44, Database: 68 } as const;

/** Parse a LOGIN7 payload; strings are UCS-2 located by offset/character-count pairs. */
export function parseLogin7(payload: Buffer): Login7 {
  return {
    tdsVersion: payload.readUInt32LE(4),
    packetSize: payload.readUInt32LE(8),
    userName: readField(payload, Field.UserName).toString('ucs2'),
    password: unscramble(readField(payload, Field.Password)).toString('ucs2'),
    database: readField(payload, Field.Database).toString('ucs2'),
  };
}

function readField(payload: Buffer, at: number): Buffer {
  const offset = payload.readUInt16LE(at);
  const chars = payload.readUInt16LE(at + 2);
  return payload.subarray(offset, offset + chars * 2);
}

/** Undo the client's scrambling: it swapped the nibbles of each byte, then XORed it with 0xA5. */
function unscramble(scrambled: Buffer): Buffer {
  const clear = Buffer.alloc(scrambled.length);
  scrambled.forEach((byte, index) => {
    const unmasked = byte ^ 0xa5;
    clear[index] = ((unmasked & 0x0f) << 4) | (unmasked >> 4);
  });
  return clear;
}
