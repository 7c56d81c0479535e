import { describe, expect, it } from 'vitest';
import { n2fInstant, TokenStore } from './tokens.js';

describe('TokenStore', () => {
  it('issues tokens that expire on the given clock, with an N2F validity', () => {
    const tokens = new TokenStore();
    const at = Date.parse('2025-08-20T08:54:35.818Z');
    const { token, validity } = tokens.issue('demo', at, 3_600_000);
    expect(validity).toBe('2025-08-20T09:54:35.8180000Z');
    expect(tokens.check(`Bearer ${token}`, at + 1)).toEqual({ ok: true, clientId: 'demo' });
    expect(tokens.check(`bearer ${token}`, at + 3_600_000)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(tokens.check(`Bearer ${token}`, at)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('tells a missing token from an unknown one, and ends a token early', () => {
    const tokens = new TokenStore();
    const { token } = tokens.issue('demo', 0, 1000);
    expect(tokens.check(undefined, 0)).toEqual({ ok: false, reason: 'missing' });
    expect(tokens.check('Bearer other', 0)).toEqual({ ok: false, reason: 'unknown' });
    tokens.expire(`Bearer ${token}`, 10);
    expect(tokens.check(`Bearer ${token}`, 10)).toEqual({ ok: false, reason: 'expired' });
  });

  it('formats instants with seven fractional digits', () => {
    expect(n2fInstant(0)).toBe('1970-01-01T00:00:00.0000000Z');
  });
});
