import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { hasBearerToken } from './auth.js';

const request = (authorization?: string): IncomingMessage =>
  ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

describe('hasBearerToken', () => {
  it.each([
    ['Bearer s3cret-token', true],
    ['bearer   s3cret-token ', true],
    ['Bearer s3cret-tokeN', false],
    ['Bearer s3cret-token-and-more', false],
    ['Bearer s3cret', false],
    ['Basic s3cret-token', false],
    ['s3cret-token', false],
    ['Bearer ', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(hasBearerToken(request(header), 's3cret-token')).toBe(expected);
  });
});
