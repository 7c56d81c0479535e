/** The text encodings an exported file may use. */
export type FileEncoding = 'utf-8' | 'windows-1252' | 'latin1' | 'utf-16le';

/** Every accepted value of the `encoding` option. */
export const FILE_ENCODINGS: readonly FileEncoding[] = ['utf-8', 'windows-1252', 'latin1', 'utf-16le'];

/** A byte order mark at the start of a file and the encoding it declares. */
interface Bom {
  readonly encoding: FileEncoding | 'utf-16be';
  readonly bytes: readonly number[];
}

const BOMS: readonly Bom[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** The byte order mark that starts `bytes`, if any: a BOM decides the encoding by itself. */
export function sniffBom(bytes: Uint8Array): { encoding: FileEncoding | 'utf-16be'; length: number } | undefined {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return bom === undefined ? undefined : { encoding: bom.encoding, length: bom.bytes.length };
}
