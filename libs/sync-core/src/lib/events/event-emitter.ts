/** A subscription that can be cancelled. */
export interface Disposable {
  dispose(): void;
}

/** A typed event: call it with a listener, get a disposable back (cockatiel's `Event` shape). */
export type SyncEvent<T> = (listener: (event: T) => void) => Disposable;

/** One event source: `on` to subscribe, `emit` to notify; a throwing listener never breaks the run. */
export interface EventSource<T> {
  readonly on: SyncEvent<T>;
  emit(event: T): void;
}

/** Creates an {@link EventSource}; `onListenerError` sees errors thrown by listeners. */
export function createEventSource<T>(
  onListenerError: (error: unknown) => void = () => undefined,
): EventSource<T> {
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
          onListenerError(error);
        }
      }
    },
  };
}
