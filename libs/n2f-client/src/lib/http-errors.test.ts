import { isApiError, isAuthenticationError, isRateLimitError, isTransient } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import {
  errorFromAnswer,
  parseRetryAfter,
  readApiMessage,
  type ErrorAnswer,
} from './http-errors.js';

const base: ErrorAnswer = {
  method: 'GET',
  url: '/users?start=0&limit=200',
  status: 500,
  text: '',
  retryAfter: null,
  isAuth: false,
  baseUrl: 'https://sandbox.n2f.com/services/api/v2/',
};

describe('errorFromAnswer', () => {
  it("keeps N2F's message and field errors", () => {
    const text = JSON.stringify({
      message: 'Invalid user',
      errors: [{ field: 'mail', message: 'must be valid' }, { message: 'role unknown' }],
    });
    const error = errorFromAnswer({ ...base, method: 'POST', url: '/users', status: 400, text }, 0);
    expect(error.apiMessage).toBe('Invalid user; mail: must be valid; role unknown');
    expect(error.message).toBe(
      'N2F answered 400 on POST /users: Invalid user; mail: must be valid; role unknown.',
    );
    expect(error.transient).toBe(false);
  });

  it.each(['', '<html>502 Bad Gateway</html>', '{"unexpected": true}', 'null'])(
    'copes with an error body %j',
    (text) => {
      const error = errorFromAnswer({ ...base, status: 502, text }, 0);
      expect(isApiError(error) && isTransient(error)).toBe(true);
      expect(error.apiMessage).toBeUndefined();
      expect(error.message).toContain('502 on GET /users');
    },
  );

  it('says to check the credentials and base URL on a 401 from /auth', () => {
    const error = errorFromAnswer(
      { ...base, method: 'POST', url: '/auth', status: 401, isAuth: true },
      0,
    );
    expect(isAuthenticationError(error)).toBe(true);
    expect(error.transient).toBe(false);
    expect(error.message).toMatch(/N2F_CLIENT_ID.*N2F_CLIENT_SECRET.*sandbox vs production/);
    expect(error.message).toContain(base.baseUrl);
  });

  it('turns a 429 into a RateLimitError with its wait', () => {
    const error = errorFromAnswer({ ...base, status: 429, retryAfter: '3' }, 0);
    expect(isRateLimitError(error) && error.retryAfterMs).toBe(3000);
    const fallback = errorFromAnswer({ ...base, status: 429 }, 0);
    expect(isRateLimitError(fallback) && fallback.retryAfterMs).toBe(1000);
  });

  it('never carries a token from the body', () => {
    const text = JSON.stringify({ message: 'bad', token: 'secret-token-value' });
    const error = errorFromAnswer({ ...base, status: 400, text }, 0);
    expect(JSON.stringify(error.toJSON())).not.toContain('secret-token-value');
  });
});

describe('readApiMessage and parseRetryAfter', () => {
  it('reads an envelope with only errors', () => {
    expect(readApiMessage('{"errors":[{"field":"code","message":"is required"}]}')).toBe(
      'code: is required',
    );
    expect(readApiMessage('{"message":"  "}')).toBeUndefined();
  });

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('1.5', 0)).toBe(1500);
    const now = Date.UTC(2025, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
