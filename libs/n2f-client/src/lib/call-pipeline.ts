import {
  isAuthenticationError,
  isRateLimitError,
  type CircuitBreakerPolicy,
  type Clock,
  type Policy,
  type QuotaLimiter,
} from '@n2f/resilience';
import type { TokenProvider } from './token-provider.js';
import type { HttpAnswer, HttpCall, Transport } from './transport.js';

/** Runs calls through the quota limiter, the policy and, for all but `/auth`, the token. */
export interface CallPipeline {
  /** One call without a token (the auth call), with quota and policy. */
  unauthenticated(call: HttpCall, signal?: AbortSignal): Promise<HttpAnswer>;
  /** One call with the shared token; a 401 fetches a new token once and tries again. */
  authenticated(call: HttpCall, signal?: AbortSignal): Promise<HttpAnswer>;
}

/** Parts of the pipeline. `tokens` is given later because fetching a token uses the pipeline. */
export interface CallPipelineParts {
  readonly transport: Transport;
  readonly limiter: QuotaLimiter;
  readonly policy: Policy;
  /** Counts every attempt; while its circuit is open, calls fail before any quota wait. */
  readonly breaker: CircuitBreakerPolicy | undefined;
  readonly clock: Clock;
  readonly tokens: () => TokenProvider;
}

/** Creates the pipeline every N2F call goes through. */
export function createCallPipeline(parts: CallPipelineParts): CallPipeline {
  const { transport, limiter, policy, breaker, clock } = parts;

  // The first quota wait happens before the policy, so its timeout only covers the request.
  const execute = async (
    call: HttpCall,
    token: string | undefined,
    signal?: AbortSignal,
  ): Promise<HttpAnswer> => {
    breaker?.throwIfOpen();
    await limiter.acquire(call.bucket, signal);
    let attempt = 0;
    return policy.execute(async (ctx) => {
      attempt += 1;
      if (attempt > 1) {
        breaker?.throwIfOpen();
        await limiter.acquire(call.bucket, ctx.signal);
      }
      const send = (): Promise<HttpAnswer> =>
        transport.send(call, { token, attempt, signal: ctx.signal, callerSignal: signal });
      try {
        return await (breaker ? breaker.execute(send, ctx.signal) : send());
      } catch (error) {
        if (isRateLimitError(error)) limiter.pause(clock.now() + error.retryAfterMs, call.bucket);
        throw error;
      }
    }, signal);
  };

  return {
    unauthenticated: (call, signal) => execute(call, undefined, signal),
    async authenticated(call, signal) {
      const tokens = parts.tokens();
      const token = await tokens.get(signal);
      try {
        return await execute(call, token, signal);
      } catch (error) {
        if (!isAuthenticationError(error)) throw error;
        // Expired or revoked token: one new token, one more try; a second 401 is final.
        tokens.invalidate(token);
        return execute(call, await tokens.get(signal), signal);
      }
    },
  };
}
