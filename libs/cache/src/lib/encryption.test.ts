import { describe, expect, it } from 'vitest';
import { createCipher, newSalt, stretchPassphrase } from './encryption.js';

describe('encryption', () => {
  const cipher = createCipher(Buffer.alloc(32, 1));

  it('seals and opens with the same additional data', () => {
    // 41 bytes: a random ciphertext holds them by chance with odds near 2^-328, never in practice.
    const plaintext = '{"secret":"correct horse battery staple"}';
    const box = cipher.seal(plaintext, 'key-a');
    const stored = JSON.stringify(box);
    expect(stored).not.toContain(plaintext);
    expect(stored).not.toContain(Buffer.from(plaintext).toString('base64').slice(0, 32));
    expect(Buffer.from(box.data, 'base64').includes(plaintext)).toBe(false);
    expect(cipher.open(box, 'key-a')).toEqual({ text: plaintext });
  });

  it('uses a fresh nonce for every seal', () => {
    expect(cipher.seal('same', 'k').iv).not.toBe(cipher.seal('same', 'k').iv);
  });

  it('reports other additional data, a tampered tag or a short tag as corrupt', () => {
    const box = cipher.seal('text', 'key-a');
    expect(cipher.open(box, 'key-b')).toEqual({ failure: 'corrupt' });
    expect(cipher.open({ ...box, tag: Buffer.alloc(16).toString('base64') }, 'key-a')).toEqual({
      failure: 'corrupt',
    });
    expect(cipher.open({ ...box, tag: box.tag.slice(0, 8) }, 'key-a')).toEqual({
      failure: 'corrupt',
    });
  });

  it('reports a box from another key as wrong-key', () => {
    const other = createCipher(Buffer.alloc(32, 2));
    expect(other.keyId).not.toBe(cipher.keyId);
    expect(other.open(cipher.seal('text', 'k'), 'k')).toEqual({ failure: 'wrong-key' });
  });

  it('stretches a passphrase deterministically per salt', async () => {
    const salt = newSalt();
    const [a, b, c] = await Promise.all([
      stretchPassphrase('passphrase', salt),
      stretchPassphrase('passphrase', salt),
      stretchPassphrase('passphrase', newSalt()),
    ]);
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });
});
