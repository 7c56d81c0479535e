import iconv from 'iconv-lite';
import type { FileEncoding } from './file-encoding.js';

/** Turns the bytes of a file, chunk by chunk, into text; a character split across chunks is kept whole. */
export interface ChunkDecoder {
  decode(chunk: Uint8Array): string;
  /** The end of the file: throws if it stops in the middle of a character. */
  end(): string;
}

/** Thrown when bytes are not text in the encoding; the caller locates them to name the line and byte. */
export class UndecodableBytes extends Error {
  constructor() {
    super('bytes that are not text in this encoding');
    this.name = 'UndecodableBytes';
  }
}

/**
 * A strict decoder: UTF-8 and UTF-16LE through `TextDecoder` in fatal mode, the single-byte code
 * pages through iconv-lite (whose replacement character marks a byte windows-1252 leaves undefined).
 * Never yields U+FFFD for a byte it could not read.
 */
export function createChunkDecoder(encoding: FileEncoding): ChunkDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-16le') {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    return {
      decode: (chunk) => strict(() => decoder.decode(chunk, { stream: true })),
      end: () => strict(() => decoder.decode()),
    };
  }
  const decoder = iconv.getDecoder(encoding);
  return {
    decode: (chunk) => defined(decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))),
    end: () => defined(decoder.end() ?? ''),
  };
}

function strict(decode: () => string): string {
  try {
    return decode();
  } catch (error) {
    if (error instanceof TypeError) throw new UndecodableBytes();
    throw error;
  }
}

function defined(text: string): string {
  if (text.includes('\uFFFD')) throw new UndecodableBytes();
  return text;
}
