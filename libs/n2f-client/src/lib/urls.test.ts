import { isValidationError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { N2F_PRODUCTION_URL, N2F_SANDBOX_URL, normalizeBaseUrl, renderRoute } from './urls.js';

const join = (base: string, route: string, params?: Record<string, string>): string =>
  new URL(renderRoute(route, params), normalizeBaseUrl(base)).href;

describe('URL building', () => {
  it.each([
    ['https://x.test/services/api/v2/', 'https://x.test/services/api/v2/users'],
    ['https://x.test/services/api/v2', 'https://x.test/services/api/v2/users'],
    ['https://x.test/services/api/v2//', 'https://x.test/services/api/v2/users'],
    ['https://x.test//services//api/v2', 'https://x.test/services/api/v2/users'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/users'],
  ])('joins %s and /users without a double slash', (base, expected) => {
    expect(join(base, '/users')).toBe(expected);
  });

  it('keeps the constants of the contract', () => {
    expect(join(N2F_PRODUCTION_URL, '/auth')).toBe('https://www.n2f.com/services/api/v2/auth');
    expect(join(N2F_SANDBOX_URL, '/roles')).toBe('https://sandbox.n2f.com/services/api/v2/roles');
  });

  it('URL-encodes mails and codes in paths', () => {
    expect(renderRoute('/users/{mail}', { mail: 'a+b@x.be' })).toBe('users/a%2Bb%40x.be');
    const path = renderRoute('/companies/{companyUuid}/axes/{axeId}/{code}', {
      companyUuid: 'MTAwMQ==',
      axeId: 'projects',
      code: 'P/1 #2?',
    });
    expect(path).toBe('companies/MTAwMQ%3D%3D/axes/projects/P%2F1%20%232%3F');
  });

  it('refuses an empty or missing parameter', () => {
    expect(() => renderRoute('/users/{mail}', { mail: ' ' })).toThrow(/mail/);
    const error: unknown = (() => {
      try {
        return renderRoute('/companies/{companyUuid}/axes', {});
      } catch (caught) {
        return caught;
      }
    })();
    expect(isValidationError(error)).toBe(true);
  });
});
