import {
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
  isTaskCancelledError,
} from 'cockatiel';
import { abortedError, throwIfAborted } from './abort.js';
import { publish, resilienceChannels, type BreakerMessage } from './channels.js';
import { CircuitOpenError } from './errors.js';
import { createEventSource, type Listen } from './events.js';
import { isRateLimitError, isTransient } from './guards.js';
import { checkInteger, checkNumber } from './option-checks.js';
import type { Policy, PolicyContext } from './policy.js';
import { MAX_TIMER_MS } from './retry-options.js';

/** Options of {@link circuitBreakerPolicy}; every field is optional. */
export interface CircuitBreakerOptions {
  /** Names the policy in events, channel messages and errors. @default 'circuit-breaker' */
  name?: string;
  /** Consecutive transient failures (429 excepted) that open the circuit. @default 5 */
  threshold?: number;
  /** How long the circuit stays open before one trial call is let through. @default 30_000 */
  halfOpenAfterMs?: number;
}

/** State of a circuit breaker. */
export type BreakerState = BreakerMessage['state'];

/** A circuit breaker: share one instance between the calls it protects. */
export interface CircuitBreakerPolicy extends Policy {
  readonly state: BreakerState;
  readonly onStateChange: Listen<BreakerState>;
}

const STATES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

/**
 * Opens after `threshold` consecutive transient failures and then fails fast with
 * `CircuitOpenError` until a trial call, `halfOpenAfterMs` later, succeeds. A 429 does not
 * count: the service is up, only throttling. Publishes `resilience:breaker`.
 * @example
 * const breaker = circuitBreakerPolicy({ threshold: 5, halfOpenAfterMs: 30_000 });
 */
export function circuitBreakerPolicy(options: CircuitBreakerOptions = {}): CircuitBreakerPolicy {
  const name = options.name ?? 'circuit-breaker';
  const threshold = checkInteger('threshold', options.threshold ?? 5, 1);
  const halfOpenAfterMs = checkNumber(
    'halfOpenAfterMs',
    options.halfOpenAfterMs ?? 30_000,
    0,
    MAX_TIMER_MS,
  );
  const breaker = circuitBreaker(
    handleWhen((error) => isTransient(error) && !isRateLimitError(error)),
    { halfOpenAfter: halfOpenAfterMs, breaker: new ConsecutiveBreaker(threshold) },
  );
  const changes = createEventSource<BreakerState>();
  breaker.onStateChange((state) => {
    publish(resilienceChannels.breaker, { policy: name, state: STATES[state] });
    changes.emit(STATES[state]);
  });
  const openError = (): CircuitOpenError => {
    const last = breaker.lastFailure;
    const cause = last && 'error' in last ? last.error : undefined;
    const message = `Circuit "${name}" is open after ${threshold} consecutive failures; calls fail fast for ${halfOpenAfterMs} ms.`;
    return new CircuitOpenError(message, { cause, context: { policy: name } });
  };
  return {
    name,
    get state(): BreakerState {
      return STATES[breaker.state];
    },
    onStateChange: changes.on,
    async execute<T>(fn: (ctx: PolicyContext) => Promise<T>, signal?: AbortSignal): Promise<T> {
      throwIfAborted(signal);
      try {
        return await breaker.execute(
          ({ signal: callSignal }) => fn({ signal: callSignal, attempt: 1 }),
          signal,
        );
      } catch (error) {
        if (isBrokenCircuitError(error)) throw openError();
        if (signal?.aborted && isTaskCancelledError(error)) throw abortedError(signal);
        throw error;
      }
    },
  };
}
