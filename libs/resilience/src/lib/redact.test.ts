import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactText } from './redact.js';

describe('redact', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOi.x.y', `Authorization: Bearer ${REDACTED}`],
    ['mssql://sa:P@ss@db.local/AgrProd', `mssql://sa:${REDACTED}@db.local/AgrProd`],
    ['Server=db;User Id=sa;Password=Secret1;', `Server=db;User Id=sa;Password=${REDACTED};`],
    ['{"client_secret": "abc"}', `{"client_secret": ${REDACTED}}`],
    [
      'https://n2f.example/users?token=abc&start=0',
      `https://n2f.example/users?token=${REDACTED}&start=0`,
    ],
    ['nothing to hide', 'nothing to hide'],
  ])('redactText(%j)', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('replaces values under secret keys at any depth and keeps the rest', () => {
    const input = {
      user: 'sa',
      password: 'x',
      nested: [{ clientSecret: 'y', apiKey: 'z', n: 1 }],
      token: null,
    };
    expect(redact(input)).toEqual({
      user: 'sa',
      password: REDACTED,
      nested: [{ clientSecret: REDACTED, apiKey: REDACTED, n: 1 }],
      token: null,
    });
    expect(input.password).toBe('x');
  });

  it('cuts cycles instead of overflowing', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    expect(redact(a)).toEqual({ name: 'a', self: '[Circular]' });
  });

  it('copies a value shared by two branches in both places (only cycles are cut)', () => {
    const names = { fr: 'Projet', nl: 'Project' };
    const line = { changes: [{ field: 'names', after: names }], after: { names } };
    expect(redact(line)).toEqual(line);
  });
});
