import type { Socket } from 'node:net';
import { HEADER_LENGTH, STATUS_EOM } from './packet.js';

/** The socket went away while a response was being written; the response is abandoned. */
export class SocketClosedError extends Error {
  override readonly name = 'SocketClosedError';

  constructor() {
    super('socket closed');
  }
}

/**
 * One outgoing message cut into packets of the negotiated size. Each full packet is written at
 * once, and when `socket.write()` returns false the next write waits for 'drain', so a large
 * result is produced only as fast as the client reads it.
 */
export class PacketStream {
  private packet: Buffer;
  private used = HEADER_LENGTH;
  private packetId = 1;

  constructor(
    private readonly socket: Socket,
    private readonly type: number,
    private readonly packetSize: number,
  ) {
    this.packet = Buffer.allocUnsafe(packetSize);
  }

  /** Append bytes, sending each packet as it fills; resolves when the socket can take more. */
  async write(data: Uint8Array): Promise<void> {
    let from = 0;
    while (from < data.length) {
      const count = Math.min(data.length - from, this.packetSize - this.used);
      this.packet.set(data.subarray(from, from + count), this.used);
      this.used += count;
      from += count;
      if (this.used === this.packetSize) await this.send(0);
    }
  }

  /** Send what is buffered as the message's last packet. */
  end(): Promise<void> {
    return this.send(STATUS_EOM);
  }

  /** Send what is buffered without ending the message (before a deliberate disconnect). */
  async flush(): Promise<void> {
    if (this.used > HEADER_LENGTH) await this.send(0);
  }

  private async send(status: number): Promise<void> {
    if (this.socket.destroyed) throw new SocketClosedError();
    const packet = this.packet.subarray(0, this.used);
    packet.writeUInt8(this.type, 0);
    packet.writeUInt8(status, 1);
    packet.writeUInt16BE(this.used, 2);
    packet.writeUInt16BE(0, 4); // SPID
    packet.writeUInt8(this.packetId, 6);
    packet.writeUInt8(0, 7); // window
    this.packetId = (this.packetId + 1) % 256;
    // The socket keeps a reference to the written packet, so the next one needs fresh memory.
    this.packet = Buffer.allocUnsafe(this.packetSize);
    this.used = HEADER_LENGTH;
    if (!this.socket.write(packet)) await drained(this.socket);
  }
}

/** Resolves on 'drain'; rejects if the socket closes first, which would otherwise hang the writer. */
function drained(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      socket.off('close', onClose);
      resolve();
    };
    const onClose = (): void => {
      socket.off('drain', onDrain);
      reject(new SocketClosedError());
    };
    socket.once('drain', onDrain);
    socket.once('close', onClose);
  });
}

/** Send a whole small message (login answers, errors, acknowledgements). */
export async function sendMessage(socket: Socket, type: number, packetSize: number, payload: Uint8Array): Promise<void> {
  const stream = new PacketStream(socket, type, packetSize);
  await stream.write(payload);
  await stream.end();
}
