import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { SourceError } from '@n2f/resilience';
import { createChunkDecoder, UndecodableBytes, type ChunkDecoder } from './chunk-decoder.js';
import { sniffBom, type FileEncoding } from './file-encoding.js';
import { locateBadBytes } from './invalid-bytes.js';
import type { AgressoView } from './types.js';

/** Which file is decoded, for messages, and the encoding to read it in when it has no BOM. */
export interface TextFile {
  readonly view: AgressoView;
  readonly path: string;
  readonly encoding: FileEncoding;
}

/**
 * Streams a file as text. A byte order mark decides the encoding by itself (and is dropped);
 * otherwise `file.encoding` does. Bytes that are not text in it end the read with a `SourceError`
 * naming the line and the byte: nothing is ever replaced by U+FFFD.
 */
export async function* readTextChunks(file: TextFile, signal?: AbortSignal): AsyncGenerator<string> {
  const stream = createReadStream(file.path, signal ? { signal } : {});
  let decoder: ChunkDecoder | undefined;
  let encoding = file.encoding;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes = chunk;
      if (decoder === undefined) {
        // The first chunk holds 64 KiB (or the whole file): enough for a BOM and a first line.
        const start = startOf(file, chunk);
        encoding = start.encoding;
        bytes = chunk.subarray(start.bomLength);
        decoder = createChunkDecoder(encoding);
      }
      yield decoder.decode(bytes);
    }
    if (decoder !== undefined) yield decoder.end();
  } catch (error) {
    if (error instanceof UndecodableBytes) throw await undecodableError({ ...file, encoding }, await readFile(file.path));
    throw error;
  } finally {
    stream.destroy();
  }
}

/** Decodes a whole file read at once (JSON exports), under the same rules as {@link readTextChunks}. */
export function decodeText(file: TextFile, data: Uint8Array): string {
  const start = startOf(file, data);
  const decoder = createChunkDecoder(start.encoding);
  try {
    return decoder.decode(data.subarray(start.bomLength)) + decoder.end();
  } catch (error) {
    if (error instanceof UndecodableBytes) throw undecodableError({ ...file, encoding: start.encoding }, data);
    throw error;
  }
}

function startOf(file: TextFile, first: Uint8Array): { encoding: FileEncoding; bomLength: number } {
  const bom = sniffBom(first);
  if (bom?.encoding === 'utf-16be') {
    throw fileEncodingError(file, 'is UTF-16 big-endian (its byte order mark says so)', 're-export it as UTF-8 or UTF-16LE (Excel: "CSV UTF-8" or "Unicode Text")');
  }
  const encoding = bom?.encoding ?? file.encoding;
  const bomLength = bom?.length ?? 0;
  // UTF-16 without a BOM is valid UTF-8 full of NUL bytes: the header would match no column.
  if (encoding === 'utf-8' && first.subarray(bomLength, bomLength + 200).includes(0)) {
    throw fileEncodingError(file, 'holds NUL bytes, as UTF-16 text does', 'set agresso.encoding to "utf-16le", or re-export the file as UTF-8');
  }
  return { encoding, bomLength };
}

function undecodableError(file: TextFile, data: Uint8Array): SourceError {
  const bom = sniffBom(data)?.length ?? 0;
  const bad = locateBadBytes(data.subarray(bom), file.encoding, bom);
  const where = bad === undefined ? '' : ` (line ${bad.line}: byte ${bad.bytes} at offset ${bad.offset} ${bad.why})`;
  return fileEncodingError(file, `is not valid ${file.encoding} text${where}`, encodingFix(file.encoding), bad);
}

function encodingFix(encoding: FileEncoding): string {
  const others = encoding === 'utf-8' ? '"windows-1252" (Excel on Windows, Western Europe), "latin1" or "utf-16le"' : '"utf-8", "windows-1252", "latin1" or "utf-16le"';
  return `set agresso.encoding to the encoding the file was saved in: ${others}`;
}

function fileEncodingError(file: TextFile, problem: string, fix: string, context: object = {}): SourceError {
  return new SourceError(`The ${file.view} file ${file.path} ${problem}. Fix: ${fix}.`, {
    context: { view: file.view, path: file.path, encoding: file.encoding, ...context },
  });
}
