import { describe, expect, it } from 'vitest';
import { MessageAssembler } from './packet.js';

function packet(type: number, status: number, payload: string): Buffer {
  const header = Buffer.from([type, status, 0, 0, 0, 0, 1, 0]);
  header.writeUInt16BE(8 + payload.length, 2);
  return Buffer.concat([header, Buffer.from(payload)]);
}

describe('MessageAssembler', () => {
  it('joins packets into messages whatever the chunking', () => {
    const bytes = Buffer.concat([packet(0x01, 0x00, 'sel'), packet(0x01, 0x01, 'ect'), packet(0x06, 0x01, '')]);
    for (const cut of [1, 5, 8, 12, bytes.length]) {
      const assembler = new MessageAssembler();
      const messages = [...assembler.push(bytes.subarray(0, cut)), ...assembler.push(bytes.subarray(cut))];
      expect(messages.map((m) => [m.type, m.payload.toString(), m.ignored])).toEqual([
        [0x01, 'select', false],
        [0x06, '', false],
      ]);
    }
  });

  it('flags a message the client abandoned, and rejects an impossible length', () => {
    expect(new MessageAssembler().push(packet(0x03, 0x03, 'x'))[0]?.ignored).toBe(true);
    expect(() => new MessageAssembler().push(Buffer.from([1, 1, 0, 4, 0, 0, 1, 0]))).toThrow('invalid TDS packet length 4');
  });
});
