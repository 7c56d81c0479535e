/** What subscribing returns: `dispose()` removes the listener. */
export interface Subscription {
  dispose(): void;
}

/**
 * A typed event for embedders: call it with a listener, keep the subscription to stop listening.
 * Listeners run synchronously; one that throws is reported as a process warning.
 */
export type Listen<T> = (listener: (event: T) => void) => Subscription;

/**
 * Wraps a subscription point so a listener that throws cannot break the retry, wait or breaker
 * that emitted the event: the error becomes a process warning instead.
 */
export function shieldListeners<T>(listen: Listen<T>): Listen<T> {
  return (listener) =>
    listen((event) => {
      try {
        listener(event);
      } catch (error) {
        process.emitWarning(
          `A resilience event listener threw: ${String(error)}`,
          'N2fListenerWarning',
        );
      }
    });
}
