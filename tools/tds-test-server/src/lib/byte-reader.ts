/** A cursor over a request payload; reading past the end throws a RangeError from `Buffer`. */
export class ByteReader {
  private offset: number;

  constructor(
    private readonly buffer: Buffer,
    offset = 0,
  ) {
    this.offset = offset;
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.buffer.length - this.offset;
  }

  u8(): number {
    return this.advance(1, this.buffer.readUInt8(this.offset));
  }

  u16le(): number {
    return this.advance(2, this.buffer.readUInt16LE(this.offset));
  }

  u32le(): number {
    return this.advance(4, this.buffer.readUInt32LE(this.offset));
  }

  i32le(): number {
    return this.advance(4, this.buffer.readInt32LE(this.offset));
  }

  /** An unsigned little-endian integer of 1 to 6 bytes. */
  uintle(bytes: number): number {
    return this.advance(bytes, this.buffer.readUIntLE(this.offset, bytes));
  }

  u64le(): bigint {
    return this.advance(8, this.buffer.readBigUInt64LE(this.offset));
  }

  bytes(length: number): Buffer {
    if (length > this.remaining) throw new RangeError(`need ${length} bytes, ${this.remaining} left`);
    return this.advance(length, this.buffer.subarray(this.offset, this.offset + length));
  }

  skip(length: number): void {
    this.bytes(length);
  }

  /** `chars` UCS-2 characters. */
  ucs2(chars: number): string {
    return this.bytes(chars * 2).toString('ucs2');
  }

  /** B_VARCHAR: a one-byte character count, then UCS-2. */
  bVarchar(): string {
    return this.ucs2(this.u8());
  }

  /** Everything left, as UCS-2 text. */
  restAsUcs2(): string {
    return this.bytes(this.remaining).toString('ucs2');
  }

  private advance<T>(length: number, value: T): T {
    this.offset += length;
    return value;
  }
}
