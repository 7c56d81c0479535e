import type { BreakerMessage } from './channels.js';
import { CircuitOpenError } from './errors.js';

/** What the open circuit's error names: the target, the count that opened it and the last failure. */
export interface OutageFacts {
  readonly target: string;
  readonly threshold: number;
  readonly halfOpenAfterMs: number;
  readonly cause: unknown;
}

/** When the outage a breaker sees began, and when its circuit last opened. */
export interface OutageClock {
  /** A call failed to reach the service. */
  failed(): void;
  /** The service answered: the failures in a row are over. */
  answered(): void;
  /** The breaker changed state. */
  changed(state: BreakerMessage['state']): void;
  /** Milliseconds since the circuit last opened. */
  openForMs(): number;
  /** The error of a call refused while the circuit is open. */
  error(policy: string, facts: OutageFacts, fix: string): CircuitOpenError;
}

/** Local wall-clock time, `HH:MM:SS`, as an operator reads it next to the console's lines. */
const clockTime = (at: Date): string => at.toTimeString().slice(0, 8);

/**
 * Tracks the first failure of the current run of failures: it is the outage's start once the
 * circuit opens, and stays so through failed trial calls until the circuit closes.
 */
export function createOutageClock(now: () => number = Date.now): OutageClock {
  let firstFailure: number | undefined;
  let since: number | undefined;
  let openedAt = 0;
  return {
    failed: () => void (firstFailure ??= now()),
    answered: () => void (firstFailure = undefined),
    changed(state) {
      if (state === 'open') {
        openedAt = now();
        since ??= firstFailure ?? openedAt;
      }
      if (state === 'closed') since = firstFailure = undefined;
    },
    openForMs: () => now() - openedAt,
    error(policy, facts, fix) {
      const from = new Date(since ?? now());
      const trialAt = new Date(openedAt + facts.halfOpenAfterMs);
      const last = facts.cause instanceof Error ? `; last: ${facts.cause.message}` : '';
      const message =
        `${facts.target} unreachable since ${clockTime(from)} (${facts.threshold} connection failures in a row${last}); ` +
        `calls fail at once until a trial call at ${clockTime(trialAt)}. Fix: ${fix}`;
      return new CircuitOpenError(message, from, {
        cause: facts.cause,
        context: {
          policy,
          target: facts.target,
          since: from.toISOString(),
          trialAt: trialAt.toISOString(),
        },
      });
    },
  };
}
