import { describe, expect, it } from 'vitest';
import { expectConfigurationError } from '../../../test/fixtures/errors.js';
import { keysOfView, parseOnlyKeys } from './only-keys.js';

describe('parseOnlyKeys', () => {
  it('reads e-mails (any case) for users and COMPANY/CODE for axe values', () => {
    const keys = parseOnlyKeys([' Ann@Iris.be ', 'BE10/P1001', 'NL20 / PL-7']);
    expect([...keysOfView(keys, 'users')]).toEqual(['ann@iris.be']);
    expect([...keysOfView(keys, 'analytics')]).toEqual(['BE10/P1001', 'NL20/PL-7']);
  });

  it.each(['ann', 'BE10/', '/P1001', 'ann@iris'])('refuses %j naming it', (key) => {
    expectConfigurationError(() => parseOnlyKeys([key]), 'only', key);
  });
});
