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
import { isApiError, isNetworkError, isTimeoutError } from './guards.js';
import { checkInteger, checkNumber } from './option-checks.js';
import type { Policy, PolicyContext } from './policy.js';
import { MAX_TIMER_MS } from './retry-options.js';
import { createOutageClock } from './outage-clock.js';

/** Options of {@link circuitBreakerPolicy}; every field is optional. */
export interface CircuitBreakerOptions {
  /** Names the policy in events, channel messages and errors. @default 'circuit-breaker' */
  name?: string;
  /** What the calls reach, named in the error: "N2F unreachable since 14:03:07". @default 'the service' */
  target?: string;
  /** What to do about it, ending the error as "Fix: …". @default 'check that the service is up and reachable from this machine (network, proxy, DNS), then run again' */
  fix?: string;
  /** Connection failures in a row (refused, reset, DNS, timeout) that open the circuit. @default 5 */
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
  /** Throws the `CircuitOpenError` when a call would fail fast now, so a caller can skip what it does first (a quota wait). */
  throwIfOpen(): void;
}

const STATES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

const DEFAULT_FIX =
  'check that the service is up and reachable from this machine (network, proxy, DNS), then run again';

/** A failure that says nothing reached the service: no connection, or no answer in time. */
const isConnectionFailure = (error: unknown): boolean =>
  isNetworkError(error) || isTimeoutError(error);

/**
 * Opens after `threshold` connection failures in a row (refused, reset, DNS, timeout) and then
 * fails fast with `CircuitOpenError` ("… unreachable since 14:03:07") until a trial call,
 * `halfOpenAfterMs` later, succeeds. Any HTTP answer, even a 5xx or a 429, proves the service
 * reachable and restarts the count. Publishes `resilience:breaker`.
 * @example
 * const breaker = circuitBreakerPolicy({ name: 'n2f', target: 'N2F', threshold: 5 });
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
  const consecutive = new ConsecutiveBreaker(threshold);
  const breaker = circuitBreaker(handleWhen(isConnectionFailure), {
    halfOpenAfter: halfOpenAfterMs,
    breaker: consecutive,
  });
  const outage = createOutageClock();
  breaker.onFailure(({ handled, reason }) => {
    if (handled) outage.failed();
    // An answer, whatever its status, shows the service is reachable.
    else if ('error' in reason && isApiError(reason.error)) {
      consecutive.success();
      outage.answered();
    }
  });
  breaker.onSuccess(() => outage.answered());
  const changes = createEventSource<BreakerState>();
  breaker.onStateChange((state) => {
    outage.changed(STATES[state]);
    publish(resilienceChannels.breaker, { policy: name, state: STATES[state] });
    changes.emit(STATES[state]);
  });
  const openError = (): CircuitOpenError => {
    const last = breaker.lastFailure;
    const cause = last && 'error' in last ? last.error : undefined;
    const facts = { target: options.target ?? 'the service', threshold, halfOpenAfterMs, cause };
    return outage.error(name, facts, options.fix ?? DEFAULT_FIX);
  };
  return {
    name,
    get state(): BreakerState {
      return STATES[breaker.state];
    },
    onStateChange: changes.on,
    throwIfOpen(): void {
      if (breaker.state === CircuitState.Open && outage.openForMs() < halfOpenAfterMs)
        throw openError();
    },
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
