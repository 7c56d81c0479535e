import {
  ConstantBackoff,
  DelegateBackoff,
  ExponentialBackoff,
  decorrelatedJitterGenerator,
  noJitterGenerator,
  type IBackoffFactory,
} from 'cockatiel';

/**
 * Shape of the delays between attempts, from `initialDelayMs` and capped at `maxDelayMs`:
 * exponential d·2ⁿ, linear d·(n+1), constant d, decorrelated jitter (random, exponential on average).
 */
export type Backoff = 'exponential' | 'linear' | 'constant' | 'decorrelated-jitter';

/** Every back-off shape, for validation. */
export const BACKOFFS: readonly Backoff[] = [
  'exponential',
  'linear',
  'constant',
  'decorrelated-jitter',
];

/** The cockatiel back-off factory for a shape. */
export function backoffFactory(
  shape: Backoff,
  initialDelayMs: number,
  maxDelayMs: number,
): IBackoffFactory<unknown> {
  switch (shape) {
    case 'exponential':
      return new ExponentialBackoff({
        generator: noJitterGenerator,
        initialDelay: initialDelayMs,
        maxDelay: maxDelayMs,
        exponent: 2,
      });
    case 'decorrelated-jitter':
      return new ExponentialBackoff({
        generator: decorrelatedJitterGenerator,
        initialDelay: initialDelayMs,
        maxDelay: maxDelayMs,
      });
    case 'constant':
      return new ConstantBackoff(Math.min(initialDelayMs, maxDelayMs));
    case 'linear':
      return new DelegateBackoff<unknown, number>((_context, step = 0) => ({
        delay: Math.min(maxDelayMs, initialDelayMs * (step + 1)),
        state: step + 1,
      }));
  }
}
