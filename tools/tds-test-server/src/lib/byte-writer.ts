/** A growable buffer for building tokens; reset and reused per row so streaming allocates little. */
export class ByteWriter {
  private buffer: Buffer = Buffer.allocUnsafe(256);
  private used = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.used;
  }

  /** Forget the content, keep the memory. */
  reset(): this {
    this.used = 0;
    return this;
  }

  /** The bytes written, as a view valid until the next write or reset. */
  view(): Buffer {
    return this.buffer.subarray(0, this.used);
  }

  /** The bytes written, as an independent copy. */
  toBuffer(): Buffer {
    return Buffer.from(this.view());
  }

  u8(value: number): this {
    this.ensure(1);
    this.used = this.buffer.writeUInt8(value, this.used);
    return this;
  }

  u16le(value: number): this {
    this.ensure(2);
    this.used = this.buffer.writeUInt16LE(value, this.used);
    return this;
  }

  u32le(value: number): this {
    this.ensure(4);
    this.used = this.buffer.writeUInt32LE(value, this.used);
    return this;
  }

  i32le(value: number): this {
    this.ensure(4);
    this.used = this.buffer.writeInt32LE(value, this.used);
    return this;
  }

  u32be(value: number): this {
    this.ensure(4);
    this.used = this.buffer.writeUInt32BE(value, this.used);
    return this;
  }

  /** An unsigned little-endian integer of 1 to 6 bytes. */
  uintle(value: number, bytes: number): this {
    this.ensure(bytes);
    this.used = this.buffer.writeUIntLE(value, this.used, bytes);
    return this;
  }

  i64le(value: bigint): this {
    this.ensure(8);
    this.used = this.buffer.writeBigInt64LE(value, this.used);
    return this;
  }

  u64le(value: bigint): this {
    this.ensure(8);
    this.used = this.buffer.writeBigUInt64LE(value, this.used);
    return this;
  }

  bytes(value: Uint8Array): this {
    this.ensure(value.length);
    this.buffer.set(value, this.used);
    this.used += value.length;
    return this;
  }

  /** UCS-2 text without a length prefix. */
  ucs2(value: string): this {
    this.ensure(value.length * 2);
    this.used += this.buffer.write(value, this.used, 'ucs2');
    return this;
  }

  /** B_VARCHAR: a one-byte character count, then UCS-2. */
  bVarchar(value: string): this {
    return this.u8(value.length).ucs2(value);
  }

  /** US_VARCHAR: a two-byte character count, then UCS-2. */
  usVarchar(value: string): this {
    return this.u16le(value.length).ucs2(value);
  }

  /** Run `body`, then write its byte length as a u16 in front of what it wrote (token lengths). */
  u16Prefixed(body: (writer: this) => void): this {
    const at = this.used;
    this.u16le(0);
    body(this);
    this.buffer.writeUInt16LE(this.used - at - 2, at);
    return this;
  }

  private ensure(extra: number): void {
    if (this.used + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + extra));
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }
}
