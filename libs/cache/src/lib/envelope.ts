import type { Cipher, OpenFailure, SealedBox } from './encryption.js';
import type { Json } from './types.js';

/** When an entry was written and when it expires (`null`: never). */
export interface EntryMeta {
  readonly storedAt: number;
  readonly expiresAt: number | null;
}

/** A stored entry read back: its value and meta, or why it cannot be used. */
export type DecodedEntry =
  { readonly value: Json; readonly meta: EntryMeta } | { readonly failure: OpenFailure };

type Envelope = EntryMeta & { readonly v: 1; readonly value?: Json; readonly sealed?: SealedBox };

// The key and the meta are authenticated with the ciphertext, so a file moved to another key
// or an edited expiry is detected as corrupt.
function additionalData(key: string, meta: EntryMeta): string {
  return JSON.stringify([key, meta.storedAt, meta.expiresAt]);
}

/** The stored text of an entry: plain JSON, or the value sealed when a cipher is given. */
export function encodeEntry(
  key: string,
  valueText: string,
  meta: EntryMeta,
  cipher?: Cipher,
): string {
  if (cipher) {
    const sealed = cipher.seal(valueText, additionalData(key, meta));
    return JSON.stringify({ v: 1, storedAt: meta.storedAt, expiresAt: meta.expiresAt, sealed });
  }
  return `{"v":1,"storedAt":${meta.storedAt},"expiresAt":${JSON.stringify(meta.expiresAt)},"value":${valueText}}`;
}

function isSealedBox(value: unknown): value is SealedBox {
  if (typeof value !== 'object' || value === null) return false;
  const box = value as Record<string, unknown>;
  return ['kid', 'iv', 'tag', 'data'].every((field) => typeof box[field] === 'string');
}

function parseEnvelope(text: string): Envelope | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const envelope = parsed as Record<string, unknown>;
  const expiresAt = envelope['expiresAt'];
  const valid =
    envelope['v'] === 1 &&
    typeof envelope['storedAt'] === 'number' &&
    (expiresAt === null || typeof expiresAt === 'number') &&
    ('value' in envelope || isSealedBox(envelope['sealed']));
  return valid ? (parsed as Envelope) : undefined;
}

/** Meta of a stored entry, or `undefined` when the text is not an entry. */
export function readEntryMeta(text: string): EntryMeta | undefined {
  const envelope = parseEnvelope(text);
  return envelope && { storedAt: envelope.storedAt, expiresAt: envelope.expiresAt };
}

function openSealed(key: string, meta: EntryMeta, sealed: SealedBox, cipher: Cipher): DecodedEntry {
  const opened = cipher.open(sealed, additionalData(key, meta));
  if ('failure' in opened) return opened;
  try {
    return { value: JSON.parse(opened.text) as Json, meta };
  } catch {
    return { failure: 'corrupt' };
  }
}

/** Reads an entry back; an entry sealed with another key (or none, when a key is set) is `wrong-key`. */
export function decodeEntry(key: string, text: string, cipher?: Cipher): DecodedEntry {
  const envelope = parseEnvelope(text);
  if (!envelope) return { failure: 'corrupt' };
  const meta = { storedAt: envelope.storedAt, expiresAt: envelope.expiresAt };
  if (envelope.sealed === undefined) {
    return cipher ? { failure: 'wrong-key' } : { value: envelope.value ?? null, meta };
  }
  return cipher ? openSealed(key, meta, envelope.sealed, cipher) : { failure: 'wrong-key' };
}
