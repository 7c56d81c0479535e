/** TDS packet types (MS-TDS 2.2.3.1.1) the server reads or writes. */
export const PacketType = {
  SqlBatch: 0x01,
  Rpc: 0x03,
  TabularResult: 0x04,
  Attention: 0x06,
  Login7: 0x10,
  Prelogin: 0x12,
} as const;

/** Bytes in a packet header: type, status, length (BE), SPID, packet id, window. */
export const HEADER_LENGTH = 8;

/** Status bit: last packet of the message. */
export const STATUS_EOM = 0x01;

/** Status bit: the client abandoned the message (a cancel before it was fully sent). */
const STATUS_IGNORE = 0x02;

/** A complete client message: its packets' payloads joined. */
export interface TdsMessage {
  readonly type: number;
  readonly payload: Buffer;
  /** The client set IGNORE: the message is to be dropped and answered with a bare DONE. */
  readonly ignored: boolean;
}

/** Reassembles client messages from socket chunks: packets are framed by their header's length. */
export class MessageAssembler {
  private pending: Buffer = Buffer.alloc(0);
  private parts: Buffer[] = [];

  /** Feed bytes from the socket; returns the messages they complete, in order. */
  push(chunk: Buffer): TdsMessage[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const messages: TdsMessage[] = [];
    while (this.pending.length >= HEADER_LENGTH) {
      const length = this.pending.readUInt16BE(2);
      if (length < HEADER_LENGTH) throw new Error(`invalid TDS packet length ${length}`);
      if (this.pending.length < length) break;
      const packet = this.pending.subarray(0, length);
      this.pending = this.pending.subarray(length);
      this.parts.push(packet.subarray(HEADER_LENGTH));
      const status = packet.readUInt8(1);
      if ((status & STATUS_EOM) !== 0) messages.push(this.complete(packet.readUInt8(0), status));
    }
    return messages;
  }

  private complete(type: number, status: number): TdsMessage {
    const payload = Buffer.concat(this.parts);
    this.parts = [];
    return { type, payload, ignored: (status & STATUS_IGNORE) !== 0 };
  }
}
