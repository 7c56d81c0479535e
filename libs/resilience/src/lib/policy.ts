/** What a policy hands to the function it runs. */
export interface PolicyContext {
  /** Aborts when the caller aborts or a timeout gives up on this attempt: pass it to the I/O. */
  readonly signal: AbortSignal;
  /** Which call of the function this is within one `execute`, 1-based. */
  readonly attempt: number;
}

/** Runs a function under one resilience rule (retry, timeout, breaker…); immutable and composable. */
export interface Policy {
  /** Names the policy in events, channel messages and errors. */
  readonly name: string;
  execute<T>(fn: (ctx: PolicyContext) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/**
 * Nests policies, outermost first, like cockatiel's `wrap()`: `composePolicies(retry, timeout)`
 * times out each attempt, `composePolicies(timeout, retry)` bounds all attempts together.
 * `ctx.attempt` counts the calls of the function across the whole stack.
 * @example
 * const policy = composePolicies(retryPolicy(), circuitBreakerPolicy(), timeoutPolicy(30_000));
 */
export function composePolicies(...policies: Policy[]): Policy {
  return {
    name: policies.map((policy) => policy.name).join('>'),
    execute<T>(fn: (ctx: PolicyContext) => Promise<T>, signal?: AbortSignal): Promise<T> {
      let attempt = 0;
      const run = (index: number, inner: AbortSignal): Promise<T> => {
        const policy = policies[index];
        if (!policy) return fn({ signal: inner, attempt: (attempt += 1) });
        return policy.execute((ctx) => run(index + 1, ctx.signal), inner);
      };
      return run(0, signal ?? new AbortController().signal);
    },
  };
}
