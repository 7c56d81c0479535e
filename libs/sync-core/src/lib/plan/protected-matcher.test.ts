import { describe, expect, it } from 'vitest';
import { createProtectedMatcher } from './protected-matcher.js';

describe('createProtectedMatcher', () => {
  const isProtected = createProtectedMatcher([
    'admin@n2f-demo.example',
    ' *@service.iris.be ',
    'api?@x.be',
    'a.b+c@x.be',
    '{ops,it}-[0-9]@x.be',
    '',
  ]);

  it.each([
    ['admin@n2f-demo.example', true],
    ['ADMIN@N2F-demo.example ', true],
    ['robot@service.iris.be', true],
    ['api1@x.be', true],
    ['api12@x.be', false],
    ['a.b+c@x.be', true],
    ['aXb+c@x.be', false],
    ['ann@iris.be', false],
    ['', false],
    ['ops-1@x.be', true],
    ['it-9@x.be', true],
    ['hr-1@x.be', false],
  ])('%s → %s', (identity, expected) => {
    expect(isProtected(identity)).toBe(expected);
  });

  it('protects nothing with an empty list', () => {
    expect(createProtectedMatcher(['', '  '])('admin@n2f-demo.example')).toBe(false);
  });
});
