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
    return this.put(1, (at) => this.buffer.writeUInt8(value, at));
  }

  u16le(value: number): this {
    return this.put(2, (at) => this.buffer.writeUInt16LE(value, at));
  }

  u32le(value: number): this {
    return this.put(4, (at) => this.buffer.writeUInt32LE(value, at));
  }

  i32le(value: number): this {
    return this.put(4, (at) => this.buffer.writeInt32LE(value, at));
  }

  u32be(value: number): this {
    return this.put(4, (at) => this.buffer.writeUInt32BE(value, at));
  }

  /** An unsigned little-endian integer of 1 to 6 bytes. */
  uintle(value: number, bytes: number): this {
    return this.put(bytes, (at) => this.buffer.writeUIntLE(value, at, bytes));
  }

  i64le(value: bigint): this {
    return this.put(8, (at) => this.buffer.writeBigInt64LE(value, at));
  }

  u64le(value: bigint): this {
    return this.put(8, (at) => this.buffer.writeBigUInt64LE(value, at));
  }

  bytes(value: Uint8Array): this {
    this.ensure(value.length);
    this.buffer.set(value, this.used);
    this.used += value.length;
    return this;
  }

  /** Text without a length prefix (UCS-2 unless told), encoded straight into the buffer. */
  text(value: string, encoding: 'ucs2' | 'utf8' = 'ucs2'): this {
    this.ensure(byteLength(value, encoding));
    this.used += this.buffer.write(value, this.used, encoding);
    return this;
  }

  /** B_VARCHAR: a one-byte character count, then UCS-2. */
  bVarchar(value: string): this {
    return this.u8(value.length).text(value);
  }

  /** US_VARCHAR: a two-byte character count, then UCS-2. */
  usVarchar(value: string): this {
    return this.u16le(value.length).text(value);
  }

  /** Run `body`, then write its byte length as a u16 in front of what it wrote (token lengths). */
  u16Prefixed(body: (writer: this) => void): this {
    const at = this.used;
    this.u16le(0);
    body(this);
    this.buffer.writeUInt16LE(this.used - at - 2, at);
    return this;
  }

  /** Make room for `bytes`, then let `write` put them at the end; it returns the new end. */
  private put(bytes: number, write: (at: number) => number): this {
    this.ensure(bytes);
    this.used = write(this.used);
    return this;
  }

  private ensure(extra: number): void {
    if (this.used + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + extra));
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }
}

/** Bytes `value` takes in `encoding`. */
export function byteLength(value: string, encoding: 'ucs2' | 'utf8'): number {
  return encoding === 'ucs2' ? value.length * 2 : Buffer.byteLength(value, 'utf8');
}
