/** What subscribing returns: `dispose()` removes the listener. */
export interface Subscription {
  dispose(): void;
}

/**
 * A typed event for embedders: call it with a listener, keep the subscription to stop listening.
 * Listeners run synchronously; one that throws is reported as a process warning.
 */
export type Listen<T> = (listener: (event: T) => void) => Subscription;

/** One typed event: `on` to listen, `emit` to notify each listener in turn. */
export interface EventSource<T> {
  readonly on: Listen<T>;
  emit(event: T): void;
}

/**
 * Creates a typed event, the one every library of n2f-sync emits through. A listener that throws
 * never stops the emitter (a retry, a wait, a run) nor the other listeners: the error is reported
 * as a process warning (`N2fListenerWarning`) and the work goes on.
 * @example const retries = createEventSource<RetryEvent>(); retries.on((e) => log(e)); retries.emit(event);
 */
export function createEventSource<T>(): EventSource<T> {
  const listeners = new Set<(event: T) => void>();
  return {
    on(listener) {
      const wrapped = (event: T): void => listener(event);
      listeners.add(wrapped);
      return { dispose: () => void listeners.delete(wrapped) };
    },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          process.emitWarning(`An event listener threw: ${String(error)}`, 'N2fListenerWarning');
        }
      }
    },
  };
}
