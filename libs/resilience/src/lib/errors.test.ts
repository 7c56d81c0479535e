import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  ConfigurationError,
  DatabaseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from './errors.js';
import {
  isApiError,
  isAuthenticationError,
  isRateLimitError,
  isSyncError,
  isTransient,
} from './guards.js';

const api = { status: 500, method: 'GET', url: '/users?start=0&limit=200' };

describe('error family', () => {
  it.each([
    [new NetworkError('socket hang up'), 'NETWORK_ERROR', true],
    [new TimeoutError('GET /users took longer than 30000 ms', 30_000), 'TIMEOUT', true],
    [new ApiError('N2F answered 500', api), 'API_ERROR', true],
    [new ApiError('N2F answered 400', { ...api, status: 400 }), 'API_ERROR', false],
    [
      new AuthenticationError('N2F refused the client id', { ...api, status: 401 }),
      'AUTHENTICATION_FAILED',
      false,
    ],
    [
      new RateLimitError('N2F quota exceeded', { ...api, status: 429, retryAfterMs: 5000 }),
      'RATE_LIMITED',
      true,
    ],
    [
      new DatabaseError('Login failed', {
        code: 'DATABASE_LOGIN_FAILED',
        number: 18456,
        transient: false,
      }),
      'DATABASE_LOGIN_FAILED',
      false,
    ],
    [
      new ConfigurationError(
        'n2f.baseUrl',
        'is not https',
        'use https://www.n2f.com/services/api/v2/',
      ),
      'CONFIGURATION_INVALID',
      false,
    ],
  ])('%s has a stable code and transient flag', (error, code, transient) => {
    expect(error.code).toBe(code);
    expect(error.transient).toBe(transient);
    expect(isTransient(error)).toBe(transient);
    expect(isSyncError(error)).toBe(true);
  });

  it('names the class and tells what to do', () => {
    const error = new ValidationError('is not a valid e-mail address', {
      entity: 'users row 12 (jdoe@)',
      field: 'AdresseEmail',
      value: 'jdoe@',
      fix: 'correct the address in Agresso',
    });
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe(
      'users row 12 (jdoe@): field "AdresseEmail" is not a valid e-mail address. Fix: correct the address in Agresso',
    );
    expect(error.toJSON()).toMatchObject({
      code: 'VALIDATION_FAILED',
      context: { field: 'AdresseEmail', value: 'jdoe@' },
    });
  });

  it('guards follow the brand, not instanceof, so duplicate installs still match', () => {
    const foreign = Object.assign(new Error('from another copy'), {
      kinds: ['RateLimitError', 'ApiError', 'SyncError'],
      transient: true,
    });
    expect(isSyncError(foreign)).toBe(true);
    expect(isRateLimitError(foreign)).toBe(true);
    expect(isApiError(foreign)).toBe(true);
    expect(isAuthenticationError(foreign)).toBe(false);
    expect(isSyncError(new Error('plain'))).toBe(false);
    expect(isSyncError(null)).toBe(false);
  });

  it('keeps secrets out of messages and toJSON()', () => {
    const error = new AuthenticationError(
      'refused Bearer abc.def.ghi for client_secret=s3cr3t',
      { ...api, status: 401 },
      {
        context: { clientSecret: 's3cr3t', token: 'abc.def.ghi' },
        cause: new Error('password=hunter2'),
      },
    );
    const json = JSON.stringify(error.toJSON());
    expect(error.message).not.toContain('abc.def.ghi');
    expect(json).not.toMatch(/s3cr3t|abc\.def\.ghi|hunter2/);
    expect(error.toJSON().cause).toEqual({ name: 'Error', message: 'password=[REDACTED]' });
  });
});
