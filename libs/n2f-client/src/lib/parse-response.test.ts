import { isValidationError, type ValidationError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { parseResponse } from './parse-response.js';
import {
  authEnvelope,
  listEnvelope,
  pageEnvelope,
  roleSchema,
  userSchema,
} from './response-schemas.js';

const users = pageEnvelope(userSchema);

function failure(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseResponse', () => {
  it('keeps raw N2F values: nulls, string booleans, extra keys', () => {
    const body = {
      response: {
        data: [{ mail: 'a@x.be', jobTitle: null, gotProPayment: 'true', uuid: 'u1', extra: 1 }],
        total: 1,
      },
    };
    const parsed = parseResponse(users, JSON.stringify(body), 'GET /users');
    expect(parsed.response.data[0]).toEqual(body.response.data[0]);
  });

  it('names the endpoint and the offending path', () => {
    const data = [0, 1, 2].map((i) => ({ mail: `u${i}@x.be` }));
    const text = JSON.stringify({ response: { data: [...data, { mail: 7 }] } });
    const error = failure(() => parseResponse(users, text, 'GET /users'));
    expect(error.code).toBe('RESPONSE_INVALID');
    expect(error.message).toContain('GET /users');
    expect(error.message).toContain('response.data[3].mail');
    expect(error.message).toContain('expected string');
  });

  it.each([
    ['', 'is empty'],
    ['<html>Bad gateway</html>', 'is not JSON'],
  ])('refuses a body %j (%s)', (text, problem) => {
    const error = failure(() => parseResponse(users, text, 'GET /users'));
    expect(error.message).toContain(problem);
    expect(error.transient).toBe(false);
  });

  it('reads roles as a bare list', () => {
    const text = JSON.stringify({
      response: [{ uuid: 'r', names: [{ culture: 'fr', value: 'X' }] }],
    });
    expect(parseResponse(listEnvelope(roleSchema), text, 'GET /roles').response).toHaveLength(1);
    const error = failure(() =>
      parseResponse(listEnvelope(roleSchema), '{"response":{}}', 'GET /roles'),
    );
    expect(error.field).toBe('response');
  });

  it('leaves the value out of a secret answer', () => {
    const text = JSON.stringify({ response: { token: { leaked: 'tok-123' }, validity: 'x' } });
    const error = failure(() => parseResponse(authEnvelope, text, 'POST /auth', true));
    expect(error.field).toBe('response.token');
    expect(JSON.stringify(error.toJSON()) + error.message).not.toContain('tok-123');
  });
});
