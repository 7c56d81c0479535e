import type { CallPipeline } from './call-pipeline.js';
import {
  axeValuePayloadBody,
  userPayloadBody,
  type N2fAxeValuePayload,
  type N2fUserPayload,
} from './payloads.js';
import { callPath, type HttpCall } from './transport.js';

/** The outcome of a write N2F accepted. Its body, when any, is not needed (Q33). */
export interface N2fWriteResult {
  readonly status: number;
}

/** Options of every single call. */
export interface N2fCallOptions {
  readonly signal?: AbortSignal;
}

/** The N2F writes: upserts and deletes of users and axe values. */
export interface WriteEndpoints {
  upsertUser(payload: N2fUserPayload, options?: N2fCallOptions): Promise<N2fWriteResult>;
  deleteUser(mail: string, options?: N2fCallOptions): Promise<N2fWriteResult>;
  upsertAxeValue(
    companyUuid: string,
    axeId: string,
    payload: N2fAxeValuePayload,
    options?: N2fCallOptions,
  ): Promise<N2fWriteResult>;
  deleteAxeValue(
    companyUuid: string,
    axeId: string,
    code: string,
    options?: N2fCallOptions,
  ): Promise<N2fWriteResult>;
}

/** Creates the writes over a pipeline. Payloads and path parameters are checked before anything is sent. */
export function createWriteEndpoints(pipeline: CallPipeline): WriteEndpoints {
  // Built inside the promise, so a bad payload or an empty path parameter rejects before any
  // quota slot is taken.
  const write = async (
    build: () => HttpCall,
    options: N2fCallOptions = {},
  ): Promise<N2fWriteResult> => {
    const call = build();
    callPath(call);
    const answer = await pipeline.authenticated(call, options.signal);
    return { status: answer.status };
  };
  return {
    upsertUser: (payload, options) =>
      write(
        () => ({
          method: 'POST',
          route: '/users',
          body: userPayloadBody(payload),
          bucket: 'write',
        }),
        options,
      ),
    deleteUser: (mail, options) =>
      write(
        () => ({ method: 'DELETE', route: '/users/{mail}', params: { mail }, bucket: 'write' }),
        options,
      ),
    upsertAxeValue: (companyUuid, axeId, payload, options) =>
      write(
        () => ({
          method: 'POST',
          route: '/companies/{companyUuid}/axes/{axeId}',
          params: { companyUuid, axeId },
          body: axeValuePayloadBody(payload),
          bucket: 'write',
        }),
        options,
      ),
    deleteAxeValue: (companyUuid, axeId, code, options) =>
      write(
        () => ({
          method: 'DELETE',
          route: '/companies/{companyUuid}/axes/{axeId}/{code}',
          params: { companyUuid, axeId, code },
          bucket: 'write',
        }),
        options,
      ),
  };
}
