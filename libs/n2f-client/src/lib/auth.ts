import { ValidationError } from '@n2f/resilience';
import type { CallPipeline } from './call-pipeline.js';
import type { N2fCredentials } from './client-options.js';
import { parseResponse } from './parse-response.js';
import { authEnvelope } from './response-schemas.js';
import type { IssuedToken } from './token-provider.js';
import { parseValidity } from './validity.js';

/**
 * Returns the function that asks N2F for a token (`POST /auth`, a write for the quota). Its
 * errors name neither the secret nor the token.
 */
export function authFetcher(
  pipeline: CallPipeline,
  credentials: N2fCredentials,
): (signal: AbortSignal) => Promise<IssuedToken> {
  const body = { client_id: credentials.clientId, client_secret: credentials.clientSecret };
  return async (signal) => {
    const call = { method: 'POST', route: '/auth', body, bucket: 'write' } as const;
    const answer = await pipeline.unauthenticated(call, signal);
    const { response } = parseResponse(authEnvelope, answer.text, 'POST /auth', true);
    const expiresAt = parseValidity(response.validity);
    if (expiresAt === undefined) {
      throw new ValidationError(
        'is not an ISO instant',
        {
          entity: 'POST /auth',
          field: 'response.validity',
          value: response.validity,
          fix: 'check the base URL',
        },
        { code: 'RESPONSE_INVALID' },
      );
    }
    return { token: response.token, expiresAt };
  };
}
