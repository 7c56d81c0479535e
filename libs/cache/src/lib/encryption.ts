import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';

/** An encrypted value as stored: key id, nonce, GCM tag and ciphertext (base64). */
export interface SealedBox {
  readonly kid: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

/** Why a sealed value could not be opened. */
export type OpenFailure = 'wrong-key' | 'corrupt';

/** AES-256-GCM with a key derived from the caller's secret; the secret itself is not kept. */
export interface Cipher {
  /** A short fingerprint telling entries sealed with this key apart from others (not the key). */
  readonly keyId: string;
  seal(plaintext: string, aad: string): SealedBox;
  open(box: SealedBox, aad: string): { readonly text: string } | { readonly failure: OpenFailure };
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// scrypt cost: ~32 MiB and ~100 ms once per cache open, which is what stretching a passphrase is for.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 2 ** 20 } as const;
const NO_SALT = new Uint8Array(0);

/** A fresh random salt for {@link stretchPassphrase}. */
export function newSalt(): Buffer {
  return randomBytes(16);
}

/** Derives 32 key bytes from a passphrase with scrypt and the stored salt. */
export function stretchPassphrase(passphrase: string, salt: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, SCRYPT, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function derive(master: Uint8Array, info: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', master, NO_SALT, info, length));
}

/** A cipher over 32 master-key bytes; separate HKDF subkeys for encryption and the key id. */
export function createCipher(master: Uint8Array): Cipher {
  const key = derive(master, 'n2f-cache aes-256-gcm', 32);
  const keyId = derive(master, 'n2f-cache key id', 8).toString('hex');
  return {
    keyId,
    seal(plaintext, aad) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return {
        kid: keyId,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
    },
    open(box, aad) {
      if (box.kid !== keyId) return { failure: 'wrong-key' };
      const iv = Buffer.from(box.iv, 'base64');
      const tag = Buffer.from(box.tag, 'base64');
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return { failure: 'corrupt' };
      try {
        const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(aad, 'utf8'));
        decipher.setAuthTag(tag);
        const text = Buffer.concat([
          decipher.update(Buffer.from(box.data, 'base64')),
          decipher.final(),
        ]).toString('utf8');
        return { text };
      } catch {
        return { failure: 'corrupt' };
      }
    },
  };
}
