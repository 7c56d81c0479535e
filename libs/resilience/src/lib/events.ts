/** What subscribing returns: `dispose()` removes the listener. */
export interface Subscription {
  dispose(): void;
}

/**
 * A typed event for embedders: call it with a listener, keep the subscription to stop listening.
 * Listeners run synchronously and must not throw.
 */
export type Listen<T> = (listener: (event: T) => void) => Subscription;
