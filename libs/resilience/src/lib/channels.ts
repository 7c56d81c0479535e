import { channel, type Channel } from 'node:diagnostics_channel';
import type { QuotaWaitEvent } from './quota-gate.js';

/** `resilience:retry`: a failed attempt that will be retried after `delayMs`. */
export interface RetryMessage {
  readonly policy: string;
  /** The attempt that failed (1-based); the next one is `attempt + 1`. */
  readonly attempt: number;
  readonly delayMs: number;
  readonly errorCode: string;
}

/** `resilience:giveup`: a transient failure the policy stops retrying. */
export interface GiveUpMessage {
  readonly policy: string;
  readonly attempts: number;
  readonly errorCode: string;
}

/** `resilience:breaker`: a circuit breaker changed state. */
export interface BreakerMessage {
  readonly policy: string;
  readonly state: 'open' | 'half-open' | 'closed';
}

/** The diagnostics channels this library publishes on (names are a contract with `@n2f/metrics`). */
export const resilienceChannels: {
  readonly retry: Channel;
  readonly giveup: Channel;
  readonly breaker: Channel;
  readonly wait: Channel;
} = {
  retry: channel('resilience:retry'),
  giveup: channel('resilience:giveup'),
  breaker: channel('resilience:breaker'),
  wait: channel('resilience:wait'),
};

/** Publishes `message` only when someone listens, so it costs nothing otherwise. */
export function publish(
  target: Channel,
  message: RetryMessage | GiveUpMessage | BreakerMessage | QuotaWaitEvent,
): void {
  if (target.hasSubscribers) target.publish(message);
}
